# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mail_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTextBrowser, QToolButton, QVBoxLayout,
    QWidget)

class Ui_MailTab(object):
    def setupUi(self, MailTab):
        if not MailTab.objectName():
            MailTab.setObjectName(u"MailTab")
        MailTab.resize(640, 520)
        self.mainLayout = QVBoxLayout(MailTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.sendCheck = QCheckBox(MailTab)
        self.sendCheck.setObjectName(u"sendCheck")

        self.mainLayout.addWidget(self.sendCheck)

        self.mailboxLabel = QLabel(MailTab)
        self.mailboxLabel.setObjectName(u"mailboxLabel")
        self.mailboxLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.mailboxLabel)

        self.letterBox = QWidget(MailTab)
        self.letterBox.setObjectName(u"letterBox")
        self.letterLayout = QVBoxLayout(self.letterBox)
        self.letterLayout.setObjectName(u"letterLayout")
        self.letterLayout.setContentsMargins(0, 0, 0, 0)
        self.subjectLayout = QHBoxLayout()
        self.subjectLayout.setObjectName(u"subjectLayout")
        self.subjectLabel = QLabel(self.letterBox)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.subjectLayout.addWidget(self.subjectLabel)

        self.subjectEdit = QLineEdit(self.letterBox)
        self.subjectEdit.setObjectName(u"subjectEdit")

        self.subjectLayout.addWidget(self.subjectEdit)


        self.letterLayout.addLayout(self.subjectLayout)

        self.toolsLayout = QHBoxLayout()
        self.toolsLayout.setObjectName(u"toolsLayout")
        self.htmlCheck = QCheckBox(self.letterBox)
        self.htmlCheck.setObjectName(u"htmlCheck")

        self.toolsLayout.addWidget(self.htmlCheck)

        self.macroButton = QToolButton(self.letterBox)
        self.macroButton.setObjectName(u"macroButton")
        self.macroButton.setPopupMode(QToolButton.InstantPopup)
        self.macroButton.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.toolsLayout.addWidget(self.macroButton)

        self.templateButton = QPushButton(self.letterBox)
        self.templateButton.setObjectName(u"templateButton")
        self.templateButton.setAutoDefault(False)

        self.toolsLayout.addWidget(self.templateButton)

        self.imageButton = QPushButton(self.letterBox)
        self.imageButton.setObjectName(u"imageButton")
        self.imageButton.setAutoDefault(False)

        self.toolsLayout.addWidget(self.imageButton)

        self.toolsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolsLayout.addItem(self.toolsSpacer)


        self.letterLayout.addLayout(self.toolsLayout)

        self.bodyTabs = QTabWidget(self.letterBox)
        self.bodyTabs.setObjectName(u"bodyTabs")
        self.textTab = QWidget()
        self.textTab.setObjectName(u"textTab")
        self.textLayout = QVBoxLayout(self.textTab)
        self.textLayout.setObjectName(u"textLayout")
        self.textLayout.setContentsMargins(2, 2, 2, 2)
        self.bodyEdit = QPlainTextEdit(self.textTab)
        self.bodyEdit.setObjectName(u"bodyEdit")

        self.textLayout.addWidget(self.bodyEdit)

        self.bodyTabs.addTab(self.textTab, "")
        self.previewTab = QWidget()
        self.previewTab.setObjectName(u"previewTab")
        self.previewLayout = QVBoxLayout(self.previewTab)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(2, 2, 2, 2)
        self.previewHint = QLabel(self.previewTab)
        self.previewHint.setObjectName(u"previewHint")
        self.previewHint.setWordWrap(True)

        self.previewLayout.addWidget(self.previewHint)

        self.previewBrowser = QTextBrowser(self.previewTab)
        self.previewBrowser.setObjectName(u"previewBrowser")
        self.previewBrowser.setOpenLinks(False)

        self.previewLayout.addWidget(self.previewBrowser)

        self.bodyTabs.addTab(self.previewTab, "")

        self.letterLayout.addWidget(self.bodyTabs)

        self.infoLabel = QLabel(self.letterBox)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.letterLayout.addWidget(self.infoLabel)

        self.attachmentsLayout = QHBoxLayout()
        self.attachmentsLayout.setObjectName(u"attachmentsLayout")
        self.attachmentsLabel = QLabel(self.letterBox)
        self.attachmentsLabel.setObjectName(u"attachmentsLabel")

        self.attachmentsLayout.addWidget(self.attachmentsLabel, 0, Qt.AlignTop)

        self.attachmentsList = QListWidget(self.letterBox)
        self.attachmentsList.setObjectName(u"attachmentsList")
        self.attachmentsList.setMaximumSize(QSize(16777215, 80))
        self.attachmentsList.setSelectionMode(QAbstractItemView.ExtendedSelection)

        self.attachmentsLayout.addWidget(self.attachmentsList)

        self.attachmentButtonsLayout = QVBoxLayout()
        self.attachmentButtonsLayout.setObjectName(u"attachmentButtonsLayout")
        self.addAttachmentButton = QPushButton(self.letterBox)
        self.addAttachmentButton.setObjectName(u"addAttachmentButton")
        self.addAttachmentButton.setAutoDefault(False)

        self.attachmentButtonsLayout.addWidget(self.addAttachmentButton)

        self.removeAttachmentButton = QPushButton(self.letterBox)
        self.removeAttachmentButton.setObjectName(u"removeAttachmentButton")
        self.removeAttachmentButton.setAutoDefault(False)

        self.attachmentButtonsLayout.addWidget(self.removeAttachmentButton)

        self.attachmentButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.attachmentButtonsLayout.addItem(self.attachmentButtonsSpacer)


        self.attachmentsLayout.addLayout(self.attachmentButtonsLayout)


        self.letterLayout.addLayout(self.attachmentsLayout)

        self.passwordLayout = QHBoxLayout()
        self.passwordLayout.setObjectName(u"passwordLayout")
        self.passwordLabel = QLabel(self.letterBox)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.passwordLayout.addWidget(self.passwordLabel)

        self.passwordEdit = QLineEdit(self.letterBox)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.passwordLayout.addWidget(self.passwordEdit)


        self.letterLayout.addLayout(self.passwordLayout)

        self.rulesLabel = QLabel(self.letterBox)
        self.rulesLabel.setObjectName(u"rulesLabel")
        self.rulesLabel.setWordWrap(True)

        self.letterLayout.addWidget(self.rulesLabel)

        self.letterLayout.setStretch(2, 1)

        self.mainLayout.addWidget(self.letterBox)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.attachmentsLabel.setBuddy(self.attachmentsList)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MailTab)

        self.bodyTabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, MailTab):
        MailTab.setWindowTitle(QCoreApplication.translate("MailTab", u"E-Mail", None))
        self.sendCheck.setText(QCoreApplication.translate("MailTab", u"\u041e\u0442\u043f\u0440\u0430\u0432\u0438\u0442\u044c &E-Mail", None))
        self.subjectLabel.setText(QCoreApplication.translate("MailTab", u"&\u0422\u0435\u043c\u0430:", None))
        self.htmlCheck.setText(QCoreApplication.translate("MailTab", u"&HTML-\u0444\u043e\u0440\u043c\u0430\u0442", None))
        self.macroButton.setText(QCoreApplication.translate("MailTab", u"&\u041c\u0430\u043a\u0440\u043e\u0441", None))
#if QT_CONFIG(tooltip)
        self.macroButton.setToolTip(QCoreApplication.translate("MailTab", u"\u0412\u0441\u0442\u0430\u0432\u0438\u0442\u044c \u043c\u0430\u043a\u0440\u043e\u0441: \u043f\u0440\u0438 \u043e\u0442\u043f\u0440\u0430\u0432\u043a\u0435 \u043d\u0430 \u0435\u0433\u043e \u043c\u0435\u0441\u0442\u043e \u0432\u0441\u0442\u0430\u043d\u0443\u0442 \u0434\u0430\u043d\u043d\u044b\u0435 \u043a\u043e\u043d\u0442\u0430\u043a\u0442\u043d\u043e\u0433\u043e \u043b\u0438\u0446\u0430 \u043f\u043e\u043b\u0443\u0447\u0430\u0442\u0435\u043b\u044f", None))
#endif // QT_CONFIG(tooltip)
        self.templateButton.setText(QCoreApplication.translate("MailTab", u"\u0417\u0430\u0433\u0440\u0443\u0437\u0438\u0442\u044c &\u0448\u0430\u0431\u043b\u043e\u043d\u2026", None))
#if QT_CONFIG(tooltip)
        self.templateButton.setToolTip(QCoreApplication.translate("MailTab", u"\u0417\u0430\u0433\u0440\u0443\u0437\u0438\u0442\u044c \u0442\u0435\u043a\u0441\u0442 \u043f\u0438\u0441\u044c\u043c\u0430 \u0438\u0437 \u0444\u0430\u0439\u043b\u0430 (HTML-\u0448\u0430\u0431\u043b\u043e\u043d \u0438\u043b\u0438 \u043f\u0440\u043e\u0441\u0442\u043e\u0439 \u0442\u0435\u043a\u0441\u0442)", None))
#endif // QT_CONFIG(tooltip)
        self.imageButton.setText(QCoreApplication.translate("MailTab", u"\u0412\u0441\u0442\u0430\u0432\u0438\u0442\u044c &\u043a\u0430\u0440\u0442\u0438\u043d\u043a\u0443\u2026", None))
#if QT_CONFIG(tooltip)
        self.imageButton.setToolTip(QCoreApplication.translate("MailTab", u"\u041a\u0430\u0440\u0442\u0438\u043d\u043a\u0430 \u0441 \u0434\u0438\u0441\u043a\u0430 \u0443\u0439\u0434\u0451\u0442 \u0432\u043d\u0443\u0442\u0440\u0438 \u043f\u0438\u0441\u044c\u043c\u0430 (CID); \u043a\u0430\u0440\u0442\u0438\u043d\u043a\u0430 \u043f\u043e \u0441\u0441\u044b\u043b\u043a\u0435 http:// \u043e\u0441\u0442\u0430\u043d\u0435\u0442\u0441\u044f \u0441\u0441\u044b\u043b\u043a\u043e\u0439", None))
#endif // QT_CONFIG(tooltip)
        self.bodyEdit.setPlaceholderText(QCoreApplication.translate("MailTab", u"[\u041e\u0411\u0420\u0410\u0429\u0415\u041d\u0418\u0415] [\u0418\u041c\u042f] [\u041e\u0422\u0427\u0415\u0421\u0422\u0412\u041e]!", None))
        self.bodyTabs.setTabText(self.bodyTabs.indexOf(self.textTab), QCoreApplication.translate("MailTab", u"\u0422\u0435\u043a\u0441\u0442 \u043f\u0438\u0441\u044c\u043c\u0430", None))
        self.bodyTabs.setTabText(self.bodyTabs.indexOf(self.previewTab), QCoreApplication.translate("MailTab", u"\u041f\u0440\u043e\u0441\u043c\u043e\u0442\u0440", None))
        self.attachmentsLabel.setText(QCoreApplication.translate("MailTab", u"&\u0412\u043b\u043e\u0436\u0435\u043d\u0438\u044f:", None))
        self.addAttachmentButton.setText(QCoreApplication.translate("MailTab", u"&\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c\u2026", None))
        self.removeAttachmentButton.setText(QCoreApplication.translate("MailTab", u"&\u0423\u0431\u0440\u0430\u0442\u044c", None))
        self.passwordLabel.setText(QCoreApplication.translate("MailTab", u"\u041f\u0430\u0440\u043e\u043b\u044c \u043f\u043e\u0447\u0442\u043e\u0432\u043e\u0433\u043e &\u044f\u0449\u0438\u043a\u0430:", None))
#if QT_CONFIG(tooltip)
        self.passwordEdit.setToolTip(QCoreApplication.translate("MailTab", u"\u041f\u0430\u0440\u043e\u043b\u044c \u043d\u0435 \u0441\u043e\u0445\u0440\u0430\u043d\u0451\u043d \u043d\u0430 \u044d\u0442\u043e\u043c \u043a\u043e\u043c\u043f\u044c\u044e\u0442\u0435\u0440\u0435: \u043e\u043d \u043d\u0443\u0436\u0435\u043d \u0434\u043b\u044f \u044d\u0442\u043e\u0439 \u0440\u0430\u0441\u0441\u044b\u043b\u043a\u0438 \u0438 \u043d\u0438\u0433\u0434\u0435 \u043d\u0435 \u0437\u0430\u043f\u043e\u043c\u0438\u043d\u0430\u0435\u0442\u0441\u044f", None))
#endif // QT_CONFIG(tooltip)
        self.rulesLabel.setText(QCoreApplication.translate("MailTab", u"\u041a\u0430\u0436\u0434\u043e\u043c\u0443 \u0430\u0434\u0440\u0435\u0441\u0430\u0442\u0443 \u0443\u0445\u043e\u0434\u0438\u0442 \u043e\u0442\u0434\u0435\u043b\u044c\u043d\u043e\u0435 \u043f\u0438\u0441\u044c\u043c\u043e: \u043d\u0430 \u0430\u0434\u0440\u0435\u0441\u0430 \u0441 \u0444\u043b\u0430\u0436\u043a\u043e\u043c \u043f\u043e\u0434\u043f\u0438\u0441\u043a\u0438 \u043d\u0430 \u0432\u043a\u043b\u0430\u0434\u043a\u0435 \u043a\u0430\u0440\u0442\u043e\u0447\u043a\u0438 \u00ab\u0420\u0430\u0441\u0441\u044b\u043b\u043a\u0430 E-Mail & SMS\u00bb, \u043a\u0440\u043e\u043c\u0435 \u043a\u043b\u0438\u0435\u043d\u0442\u043e\u0432 \u0441 \u0444\u043b\u0430\u0436\u043a\u043e\u043c \u00ab\u0418\u0441\u043a\u043b\u044e\u0447\u0438\u0442\u044c \u0438\u0437 E-Mail \u0440\u0430\u0441\u0441\u044b\u043b\u043a\u0438\u00bb. \u041a\u0430\u0436\u0434\u043e\u0435 \u043e\u0442\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u043d\u043e\u0435 \u043f\u0438\u0441\u044c\u043c\u043e \u0437\u0430\u043f\u0438\u0441\u044b\u0432\u0430\u0435\u0442"
                        "\u0441\u044f \u0432 \u0438\u0441\u0442\u043e\u0440\u0438\u044e \u043a\u043b\u0438\u0435\u043d\u0442\u0430.", None))
    # retranslateUi

