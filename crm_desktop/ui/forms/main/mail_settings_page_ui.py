# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mail_settings_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_MailSettingsPage(object):
    def setupUi(self, MailSettingsPage):
        if not MailSettingsPage.objectName():
            MailSettingsPage.setObjectName(u"MailSettingsPage")
        MailSettingsPage.resize(520, 360)
        self.mainLayout = QVBoxLayout(MailSettingsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hintLabel = QLabel(MailSettingsPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.hostLabel = QLabel(MailSettingsPage)
        self.hostLabel.setObjectName(u"hostLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(MailSettingsPage)
        self.hostEdit.setObjectName(u"hostEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.securityLabel = QLabel(MailSettingsPage)
        self.securityLabel.setObjectName(u"securityLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.securityLabel)

        self.securityLayout = QHBoxLayout()
        self.securityLayout.setObjectName(u"securityLayout")
        self.securityCombo = QComboBox(MailSettingsPage)
        self.securityCombo.setObjectName(u"securityCombo")

        self.securityLayout.addWidget(self.securityCombo)

        self.portLabel = QLabel(MailSettingsPage)
        self.portLabel.setObjectName(u"portLabel")

        self.securityLayout.addWidget(self.portLabel)

        self.portSpin = QSpinBox(MailSettingsPage)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(25)

        self.securityLayout.addWidget(self.portSpin)

        self.securitySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.securityLayout.addItem(self.securitySpacer)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.securityLayout)

        self.displayNameLabel = QLabel(MailSettingsPage)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayNameEdit = QLineEdit(MailSettingsPage)
        self.displayNameEdit.setObjectName(u"displayNameEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.displayNameEdit)

        self.addressLabel = QLabel(MailSettingsPage)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(MailSettingsPage)
        self.addressEdit.setObjectName(u"addressEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.loginLabel = QLabel(MailSettingsPage)
        self.loginLabel.setObjectName(u"loginLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.loginEdit = QLineEdit(MailSettingsPage)
        self.loginEdit.setObjectName(u"loginEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.loginEdit)

        self.passwordLabel = QLabel(MailSettingsPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(MailSettingsPage)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.mainLayout.addLayout(self.form)

        self.checkLayout = QHBoxLayout()
        self.checkLayout.setObjectName(u"checkLayout")
        self.checkButton = QPushButton(MailSettingsPage)
        self.checkButton.setObjectName(u"checkButton")
        self.checkButton.setAutoDefault(False)

        self.checkLayout.addWidget(self.checkButton, 0, Qt.AlignTop)

        self.checkResultLabel = QLabel(MailSettingsPage)
        self.checkResultLabel.setObjectName(u"checkResultLabel")
        self.checkResultLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.checkResultLabel.sizePolicy().hasHeightForWidth())
        self.checkResultLabel.setSizePolicy(sizePolicy)

        self.checkLayout.addWidget(self.checkResultLabel)


        self.mainLayout.addLayout(self.checkLayout)

        self.noteLabel = QLabel(MailSettingsPage)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noteLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.hostLabel.setBuddy(self.hostEdit)
        self.securityLabel.setBuddy(self.securityCombo)
        self.portLabel.setBuddy(self.portSpin)
        self.displayNameLabel.setBuddy(self.displayNameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.loginLabel.setBuddy(self.loginEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MailSettingsPage)
    # setupUi

    def retranslateUi(self, MailSettingsPage):
        MailSettingsPage.setWindowTitle(QCoreApplication.translate("MailSettingsPage", u"\u041d\u0430\u0441\u0442\u0440\u043e\u0439\u043a\u0438 \u043f\u043e\u0447\u0442\u044b", None))
        self.hintLabel.setText(QCoreApplication.translate("MailSettingsPage", u"\u041f\u043e\u0447\u0442\u043e\u0432\u044b\u0439 \u044f\u0449\u0438\u043a, \u0441 \u043a\u043e\u0442\u043e\u0440\u043e\u0433\u043e \u0433\u0440\u0443\u043f\u043f\u043e\u0432\u0430\u044f \u043e\u0431\u0440\u0430\u0431\u043e\u0442\u043a\u0430 \u0440\u0430\u0441\u0441\u044b\u043b\u0430\u0435\u0442 \u0432\u0430\u0448\u0438 \u043f\u0438\u0441\u044c\u043c\u0430. \u0423 \u043a\u0430\u0436\u0434\u043e\u0433\u043e \u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044f \u0441\u0432\u043e\u0439 \u044f\u0449\u0438\u043a.", None))
        self.hostLabel.setText(QCoreApplication.translate("MailSettingsPage", u"SMTP-&\u0441\u0435\u0440\u0432\u0435\u0440:", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("MailSettingsPage", u"smtp.example.ru", None))
        self.securityLabel.setText(QCoreApplication.translate("MailSettingsPage", u"&\u0417\u0430\u0449\u0438\u0442\u0430 \u0441\u043e\u0435\u0434\u0438\u043d\u0435\u043d\u0438\u044f:", None))
        self.portLabel.setText(QCoreApplication.translate("MailSettingsPage", u"&\u041f\u043e\u0440\u0442:", None))
        self.displayNameLabel.setText(QCoreApplication.translate("MailSettingsPage", u"&\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435 \u044f\u0449\u0438\u043a\u0430:", None))
        self.displayNameEdit.setPlaceholderText(QCoreApplication.translate("MailSettingsPage", u"\u0418\u043c\u044f \u043e\u0442\u043f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044f, \u043a\u043e\u0442\u043e\u0440\u043e\u0435 \u0443\u0432\u0438\u0434\u044f\u0442 \u043f\u043e\u043b\u0443\u0447\u0430\u0442\u0435\u043b\u0438", None))
        self.addressLabel.setText(QCoreApplication.translate("MailSettingsPage", u"&E-Mail:", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("MailSettingsPage", u"manager@example.ru", None))
        self.loginLabel.setText(QCoreApplication.translate("MailSettingsPage", u"\u0418\u043c\u044f \u043f\u043e\u043b&\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044f (login):", None))
        self.loginEdit.setPlaceholderText(QCoreApplication.translate("MailSettingsPage", u"\u043f\u0443\u0441\u0442\u043e \u2014 \u0441\u0435\u0440\u0432\u0435\u0440 \u043d\u0435 \u0441\u043f\u0440\u0430\u0448\u0438\u0432\u0430\u0435\u0442 \u043f\u0430\u0440\u043e\u043b\u044c", None))
        self.passwordLabel.setText(QCoreApplication.translate("MailSettingsPage", u"\u041f\u0430\u0440\u043e&\u043b\u044c:", None))
        self.checkButton.setText(QCoreApplication.translate("MailSettingsPage", u"\u041f\u0440&\u043e\u0432\u0435\u0440\u0438\u0442\u044c", None))
        self.noteLabel.setText(QCoreApplication.translate("MailSettingsPage", u"\u041f\u0430\u0440\u043e\u043b\u044c \u0445\u0440\u0430\u043d\u0438\u0442\u0441\u044f \u0432 \u0445\u0440\u0430\u043d\u0438\u043b\u0438\u0449\u0435 \u043f\u0430\u0440\u043e\u043b\u0435\u0439 \u0441\u0438\u0441\u0442\u0435\u043c\u044b, \u043d\u0435 \u0432 \u0431\u0430\u0437\u0435 \u0434\u0430\u043d\u043d\u044b\u0445. \u042f\u0449\u0438\u043a\u0438, \u0442\u0440\u0435\u0431\u0443\u044e\u0449\u0438\u0435 \u043d\u0435\u0441\u0442\u0430\u043d\u0434\u0430\u0440\u0442\u043d\u043e\u0439 \u0430\u0432\u0442\u043e\u0440\u0438\u0437\u0430\u0446\u0438\u0438 (\u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440, \u043f\u043e \u043f\u0440\u043e\u0442\u043e\u043a\u043e\u043b\u0443 SASL), \u043c\u043e\u0433\u0443\u0442 \u043d\u0435 \u043f\u043e\u0434\u0434\u0435\u0440\u0436\u0438\u0432\u0430\u0442\u044c\u0441\u044f.", None))
    # retranslateUi

