# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sms_tab.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QToolButton, QVBoxLayout, QWidget)

class Ui_SmsTab(object):
    def setupUi(self, SmsTab):
        if not SmsTab.objectName():
            SmsTab.setObjectName(u"SmsTab")
        SmsTab.resize(640, 420)
        self.mainLayout = QVBoxLayout(SmsTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.sendCheck = QCheckBox(SmsTab)
        self.sendCheck.setObjectName(u"sendCheck")

        self.mainLayout.addWidget(self.sendCheck)

        self.accountLabel = QLabel(SmsTab)
        self.accountLabel.setObjectName(u"accountLabel")
        self.accountLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.accountLabel)

        self.messageBox = QWidget(SmsTab)
        self.messageBox.setObjectName(u"messageBox")
        self.messageLayout = QVBoxLayout(self.messageBox)
        self.messageLayout.setObjectName(u"messageLayout")
        self.messageLayout.setContentsMargins(0, 0, 0, 0)
        self.textHeaderLayout = QHBoxLayout()
        self.textHeaderLayout.setObjectName(u"textHeaderLayout")
        self.textLabel = QLabel(self.messageBox)
        self.textLabel.setObjectName(u"textLabel")

        self.textHeaderLayout.addWidget(self.textLabel)

        self.textHeaderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.textHeaderLayout.addItem(self.textHeaderSpacer)

        self.macroButton = QToolButton(self.messageBox)
        self.macroButton.setObjectName(u"macroButton")
        self.macroButton.setPopupMode(QToolButton.InstantPopup)
        self.macroButton.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.textHeaderLayout.addWidget(self.macroButton)


        self.messageLayout.addLayout(self.textHeaderLayout)

        self.textEdit = QPlainTextEdit(self.messageBox)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.messageLayout.addWidget(self.textEdit)

        self.counterLayout = QHBoxLayout()
        self.counterLayout.setObjectName(u"counterLayout")
        self.counterLabel = QLabel(self.messageBox)
        self.counterLabel.setObjectName(u"counterLabel")

        self.counterLayout.addWidget(self.counterLabel)

        self.counterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.counterLayout.addItem(self.counterSpacer)

        self.encodingLabel = QLabel(self.messageBox)
        self.encodingLabel.setObjectName(u"encodingLabel")

        self.counterLayout.addWidget(self.encodingLabel)


        self.messageLayout.addLayout(self.counterLayout)

        self.infoLabel = QLabel(self.messageBox)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.messageLayout.addWidget(self.infoLabel)

        self.passwordLayout = QHBoxLayout()
        self.passwordLayout.setObjectName(u"passwordLayout")
        self.passwordLabel = QLabel(self.messageBox)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.passwordLayout.addWidget(self.passwordLabel)

        self.passwordEdit = QLineEdit(self.messageBox)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.passwordLayout.addWidget(self.passwordEdit)


        self.messageLayout.addLayout(self.passwordLayout)


        self.mainLayout.addWidget(self.messageBox)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.textEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sendCheck, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.macroButton)
        QWidget.setTabOrder(self.macroButton, self.passwordEdit)

        self.retranslateUi(SmsTab)
    # setupUi

    def retranslateUi(self, SmsTab):
        SmsTab.setWindowTitle(QCoreApplication.translate("SmsTab", u"SMS", None))
        self.sendCheck.setText(QCoreApplication.translate("SmsTab", u"\u041e\u0442\u043f\u0440\u0430\u0432\u0438\u0442\u044c &SMS", None))
        self.textLabel.setText(QCoreApplication.translate("SmsTab", u"&\u0422\u0435\u043a\u0441\u0442 \u0441\u043e\u043e\u0431\u0449\u0435\u043d\u0438\u044f:", None))
        self.macroButton.setText(QCoreApplication.translate("SmsTab", u"&\u041c\u0430\u043a\u0440\u043e\u0441", None))
#if QT_CONFIG(tooltip)
        self.macroButton.setToolTip(QCoreApplication.translate("SmsTab", u"\u0412\u0441\u0442\u0430\u0432\u0438\u0442\u044c \u043c\u0430\u043a\u0440\u043e\u0441: \u043f\u0440\u0438 \u043e\u0442\u043f\u0440\u0430\u0432\u043a\u0435 \u043d\u0430 \u0435\u0433\u043e \u043c\u0435\u0441\u0442\u043e \u0432\u0441\u0442\u0430\u043d\u0443\u0442 \u0434\u0430\u043d\u043d\u044b\u0435 \u043a\u043e\u043d\u0442\u0430\u043a\u0442\u043d\u043e\u0433\u043e \u043b\u0438\u0446\u0430, \u043a\u043e\u0442\u043e\u0440\u043e\u043c\u0443 \u043f\u0440\u0438\u043d\u0430\u0434\u043b\u0435\u0436\u0438\u0442 \u043d\u043e\u043c\u0435\u0440", None))
#endif // QT_CONFIG(tooltip)
        self.textEdit.setPlaceholderText(QCoreApplication.translate("SmsTab", u"[\u041e\u0411\u0420\u0410\u0429\u0415\u041d\u0418\u0415] [\u0418\u041c\u042f] [\u041e\u0422\u0427\u0415\u0421\u0422\u0412\u041e]! \u2026", None))
#if QT_CONFIG(tooltip)
        self.counterLabel.setToolTip(QCoreApplication.translate("SmsTab", u"\u041b\u0430\u0442\u0438\u043d\u0438\u0446\u0430: 160 \u0441\u0438\u043c\u0432\u043e\u043b\u043e\u0432 \u0432 \u043e\u0434\u043d\u043e\u043c SMS, 153 \u0432 \u043a\u0430\u0436\u0434\u043e\u0439 \u0447\u0430\u0441\u0442\u0438 \u0434\u043b\u0438\u043d\u043d\u043e\u0433\u043e. \u041a\u0438\u0440\u0438\u043b\u043b\u0438\u0446\u0430: 70 \u0438 67.", None))
#endif // QT_CONFIG(tooltip)
        self.passwordLabel.setText(QCoreApplication.translate("SmsTab", u"\u041f\u0430\u0440\u043e\u043b\u044c SMS-&\u0430\u043a\u043a\u0430\u0443\u043d\u0442\u0430:", None))
#if QT_CONFIG(tooltip)
        self.passwordEdit.setToolTip(QCoreApplication.translate("SmsTab", u"\u041f\u0430\u0440\u043e\u043b\u044c \u043d\u0435 \u0441\u043e\u0445\u0440\u0430\u043d\u0451\u043d \u043d\u0430 \u044d\u0442\u043e\u043c \u043a\u043e\u043c\u043f\u044c\u044e\u0442\u0435\u0440\u0435: \u043e\u043d \u043d\u0443\u0436\u0435\u043d \u0434\u043b\u044f \u044d\u0442\u043e\u0439 \u0440\u0430\u0441\u0441\u044b\u043b\u043a\u0438", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

