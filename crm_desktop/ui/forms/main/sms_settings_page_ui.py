# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sms_settings_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SmsSettingsPage(object):
    def setupUi(self, SmsSettingsPage):
        if not SmsSettingsPage.objectName():
            SmsSettingsPage.setObjectName(u"SmsSettingsPage")
        SmsSettingsPage.resize(520, 320)
        self.mainLayout = QVBoxLayout(SmsSettingsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hintLabel = QLabel(SmsSettingsPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.urlLabel = QLabel(SmsSettingsPage)
        self.urlLabel.setObjectName(u"urlLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.urlLabel)

        self.urlEdit = QLineEdit(SmsSettingsPage)
        self.urlEdit.setObjectName(u"urlEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.urlEdit)

        self.loginLabel = QLabel(SmsSettingsPage)
        self.loginLabel.setObjectName(u"loginLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.loginEdit = QLineEdit(SmsSettingsPage)
        self.loginEdit.setObjectName(u"loginEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.loginEdit)

        self.passwordLabel = QLabel(SmsSettingsPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(SmsSettingsPage)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.senderLabel = QLabel(SmsSettingsPage)
        self.senderLabel.setObjectName(u"senderLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.senderLabel)

        self.senderEdit = QLineEdit(SmsSettingsPage)
        self.senderEdit.setObjectName(u"senderEdit")
        self.senderEdit.setMaxLength(15)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.senderEdit)


        self.mainLayout.addLayout(self.form)

        self.checkLayout = QHBoxLayout()
        self.checkLayout.setObjectName(u"checkLayout")
        self.checkButton = QPushButton(SmsSettingsPage)
        self.checkButton.setObjectName(u"checkButton")
        self.checkButton.setAutoDefault(False)

        self.checkLayout.addWidget(self.checkButton)

        self.checkResultLabel = QLabel(SmsSettingsPage)
        self.checkResultLabel.setObjectName(u"checkResultLabel")
        self.checkResultLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.checkResultLabel.sizePolicy().hasHeightForWidth())
        self.checkResultLabel.setSizePolicy(sizePolicy)

        self.checkLayout.addWidget(self.checkResultLabel)


        self.mainLayout.addLayout(self.checkLayout)

        self.noteLabel = QLabel(SmsSettingsPage)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noteLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.urlLabel.setBuddy(self.urlEdit)
        self.loginLabel.setBuddy(self.loginEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.senderLabel.setBuddy(self.senderEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.urlEdit, self.loginEdit)
        QWidget.setTabOrder(self.loginEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.senderEdit)
        QWidget.setTabOrder(self.senderEdit, self.checkButton)

        self.retranslateUi(SmsSettingsPage)
    # setupUi

    def retranslateUi(self, SmsSettingsPage):
        SmsSettingsPage.setWindowTitle(QCoreApplication.translate("SmsSettingsPage", u"SMS", None))
        self.hintLabel.setText(QCoreApplication.translate("SmsSettingsPage", u"SMS-\u0430\u043a\u043a\u0430\u0443\u043d\u0442, \u0441 \u043a\u043e\u0442\u043e\u0440\u043e\u0433\u043e \u0433\u0440\u0443\u043f\u043f\u043e\u0432\u0430\u044f \u043e\u0431\u0440\u0430\u0431\u043e\u0442\u043a\u0430 \u043e\u0442\u043f\u0440\u0430\u0432\u043b\u044f\u0435\u0442 \u0432\u0430\u0448\u0438 SMS. \u0423\u0447\u0451\u0442\u043d\u044b\u0435 \u0434\u0430\u043d\u043d\u044b\u0435 \u0438 \u0438\u043c\u044f \u043e\u0442\u043f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044f \u0432\u044b\u0434\u0430\u044e\u0442\u0441\u044f \u0432\u043c\u0435\u0441\u0442\u0435 \u0441 \u043f\u0430\u043a\u0435\u0442\u043e\u043c SMS. \u0423 \u043a\u0430\u0436\u0434\u043e\u0433\u043e \u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044f \u0441\u0432\u043e\u0439 \u0430\u043a\u043a\u0430\u0443\u043d\u0442.", None))
        self.urlLabel.setText(QCoreApplication.translate("SmsSettingsPage", u"&\u0410\u0434\u0440\u0435\u0441 SMS-\u0441\u0435\u0440\u0432\u0438\u0441\u0430:", None))
        self.urlEdit.setPlaceholderText(QCoreApplication.translate("SmsSettingsPage", u"https://sms.example.ru/api", None))
        self.loginLabel.setText(QCoreApplication.translate("SmsSettingsPage", u"&\u041b\u043e\u0433\u0438\u043d:", None))
        self.passwordLabel.setText(QCoreApplication.translate("SmsSettingsPage", u"\u041f\u0430\u0440\u043e&\u043b\u044c:", None))
        self.senderLabel.setText(QCoreApplication.translate("SmsSettingsPage", u"&\u0418\u043c\u044f \u043e\u0442\u043f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044f:", None))
        self.senderEdit.setPlaceholderText(QCoreApplication.translate("SmsSettingsPage", u"\u0434\u043e 11 \u043b\u0430\u0442\u0438\u043d\u0441\u043a\u0438\u0445 \u0431\u0443\u043a\u0432 \u0438 \u0446\u0438\u0444\u0440; \u043f\u0443\u0441\u0442\u043e \u2014 \u0438\u043c\u044f \u043f\u043e \u0443\u043c\u043e\u043b\u0447\u0430\u043d\u0438\u044e", None))
        self.checkButton.setText(QCoreApplication.translate("SmsSettingsPage", u"\u041f\u0440&\u043e\u0432\u0435\u0440\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.checkButton.setToolTip(QCoreApplication.translate("SmsSettingsPage", u"\u0412\u043e\u0439\u0442\u0438 \u0432 SMS-\u0430\u043a\u043a\u0430\u0443\u043d\u0442 \u0441 \u0432\u0432\u0435\u0434\u0451\u043d\u043d\u044b\u043c\u0438 \u0434\u0430\u043d\u043d\u044b\u043c\u0438 \u0438 \u0443\u0437\u043d\u0430\u0442\u044c \u0431\u0430\u043b\u0430\u043d\u0441", None))
#endif // QT_CONFIG(tooltip)
        self.noteLabel.setText(QCoreApplication.translate("SmsSettingsPage", u"\u041f\u0430\u0440\u043e\u043b\u044c \u0445\u0440\u0430\u043d\u0438\u0442\u0441\u044f \u0432 \u0445\u0440\u0430\u043d\u0438\u043b\u0438\u0449\u0435 \u043f\u0430\u0440\u043e\u043b\u0435\u0439 \u0441\u0438\u0441\u0442\u0435\u043c\u044b, \u043d\u0435 \u0432 \u0431\u0430\u0437\u0435 \u0434\u0430\u043d\u043d\u044b\u0445.", None))
    # retranslateUi

