# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_card.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QVBoxLayout, QWidget)

class Ui_UserCardDialog(object):
    def setupUi(self, UserCardDialog):
        if not UserCardDialog.objectName():
            UserCardDialog.setObjectName(u"UserCardDialog")
        UserCardDialog.resize(560, 520)
        self.mainLayout = QVBoxLayout(UserCardDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(UserCardDialog)
        self.tabs.setObjectName(u"tabs")
        self.mainTab = QWidget()
        self.mainTab.setObjectName(u"mainTab")
        self.mainForm = QFormLayout(self.mainTab)
        self.mainForm.setObjectName(u"mainForm")
        self.loginLabel = QLabel(self.mainTab)
        self.loginLabel.setObjectName(u"loginLabel")

        self.mainForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.loginEdit = QLineEdit(self.mainTab)
        self.loginEdit.setObjectName(u"loginEdit")
        self.loginEdit.setMaxLength(40)

        self.mainForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.loginEdit)

        self.passwordLabel = QLabel(self.mainTab)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.mainForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.mainTab)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.mainForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.password2Label = QLabel(self.mainTab)
        self.password2Label.setObjectName(u"password2Label")

        self.mainForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password2Label)

        self.password2Edit = QLineEdit(self.mainTab)
        self.password2Edit.setObjectName(u"password2Edit")
        self.password2Edit.setEchoMode(QLineEdit.Password)

        self.mainForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password2Edit)

        self.fullNameLabel = QLabel(self.mainTab)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.mainForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(self.mainTab)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setMaxLength(150)

        self.mainForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.departmentLabel = QLabel(self.mainTab)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.mainForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentCombo = QComboBox(self.mainTab)
        self.departmentCombo.setObjectName(u"departmentCombo")

        self.mainForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.departmentCombo)

        self.positionLabel = QLabel(self.mainTab)
        self.positionLabel.setObjectName(u"positionLabel")

        self.mainForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionCombo = QComboBox(self.mainTab)
        self.positionCombo.setObjectName(u"positionCombo")

        self.mainForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.positionCombo)

        self.prefixLabel = QLabel(self.mainTab)
        self.prefixLabel.setObjectName(u"prefixLabel")

        self.mainForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.prefixLabel)

        self.prefixEdit = QLineEdit(self.mainTab)
        self.prefixEdit.setObjectName(u"prefixEdit")
        self.prefixEdit.setMaxLength(10)

        self.mainForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.prefixEdit)

        self.mobileLabel = QLabel(self.mainTab)
        self.mobileLabel.setObjectName(u"mobileLabel")

        self.mainForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.mobileLabel)

        self.mobileEdit = QLineEdit(self.mainTab)
        self.mobileEdit.setObjectName(u"mobileEdit")
        self.mobileEdit.setMaxLength(40)

        self.mainForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.mobileEdit)

        self.emailLabel = QLabel(self.mainTab)
        self.emailLabel.setObjectName(u"emailLabel")

        self.mainForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.mainTab)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(120)

        self.mainForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.disabledCheck = QCheckBox(self.mainTab)
        self.disabledCheck.setObjectName(u"disabledCheck")

        self.mainForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.disabledCheck)

        self.dismissedCheck = QCheckBox(self.mainTab)
        self.dismissedCheck.setObjectName(u"dismissedCheck")

        self.mainForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.dismissedCheck)

        self.tabs.addTab(self.mainTab, "")
        self.rightsTab = QWidget()
        self.rightsTab.setObjectName(u"rightsTab")
        self.rightsLayout = QVBoxLayout(self.rightsTab)
        self.rightsLayout.setObjectName(u"rightsLayout")
        self.rightsForm = QFormLayout()
        self.rightsForm.setObjectName(u"rightsForm")
        self.roleLabel = QLabel(self.rightsTab)
        self.roleLabel.setObjectName(u"roleLabel")

        self.rightsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.rightsTab)
        self.roleCombo.setObjectName(u"roleCombo")

        self.rightsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.accessLabel = QLabel(self.rightsTab)
        self.accessLabel.setObjectName(u"accessLabel")

        self.rightsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.accessLabel)

        self.accessCombo = QComboBox(self.rightsTab)
        self.accessCombo.setObjectName(u"accessCombo")

        self.rightsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.accessCombo)


        self.rightsLayout.addLayout(self.rightsForm)

        self.permissionsBox = QGroupBox(self.rightsTab)
        self.permissionsBox.setObjectName(u"permissionsBox")
        self.permissionsLayout = QVBoxLayout(self.permissionsBox)
        self.permissionsLayout.setObjectName(u"permissionsLayout")

        self.rightsLayout.addWidget(self.permissionsBox)

        self.rightsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightsLayout.addItem(self.rightsSpacer)

        self.tabs.addTab(self.rightsTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.saveButton = QPushButton(UserCardDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.bottomLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(UserCardDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.bottomLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.loginLabel.setBuddy(self.loginEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.password2Label.setBuddy(self.password2Edit)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.departmentLabel.setBuddy(self.departmentCombo)
        self.positionLabel.setBuddy(self.positionCombo)
        self.prefixLabel.setBuddy(self.prefixEdit)
        self.mobileLabel.setBuddy(self.mobileEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.accessLabel.setBuddy(self.accessCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UserCardDialog)

        self.tabs.setCurrentIndex(0)
        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, UserCardDialog):
        UserCardDialog.setWindowTitle(QCoreApplication.translate("UserCardDialog", u"\u041a\u0430\u0440\u0442\u043e\u0447\u043a\u0430 \u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044f", None))
        self.loginLabel.setText(QCoreApplication.translate("UserCardDialog", u"\u041b\u043e\u0433\u0438\u043d*:", None))
#if QT_CONFIG(tooltip)
        self.loginEdit.setToolTip(QCoreApplication.translate("UserCardDialog", u"\u0418\u043c\u044f \u0434\u043b\u044f \u0432\u0445\u043e\u0434\u0430 \u0432 \u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u0443; \u0440\u0435\u0433\u0438\u0441\u0442\u0440 \u0431\u0443\u043a\u0432 \u043d\u0435 \u0432\u0430\u0436\u0435\u043d", None))
#endif // QT_CONFIG(tooltip)
        self.passwordLabel.setText(QCoreApplication.translate("UserCardDialog", u"\u041f\u0430\u0440\u043e\u043b\u044c:", None))
        self.password2Label.setText(QCoreApplication.translate("UserCardDialog", u"\u041f\u043e\u0432\u0442\u043e\u0440 \u043f\u0430\u0440\u043e\u043b\u044f:", None))
        self.fullNameLabel.setText(QCoreApplication.translate("UserCardDialog", u"\u0424\u0418\u041e*:", None))
        self.departmentLabel.setText(QCoreApplication.translate("UserCardDialog", u"\u041f\u043e\u0434\u0440\u0430\u0437\u0434\u0435\u043b\u0435\u043d\u0438\u0435:", None))
        self.positionLabel.setText(QCoreApplication.translate("UserCardDialog", u"\u0414\u043e\u043b\u0436\u043d\u043e\u0441\u0442\u044c:", None))
        self.prefixLabel.setText(QCoreApplication.translate("UserCardDialog", u"\u041f\u0440\u0435\u0444\u0438\u043a\u0441 \u043d\u043e\u043c\u0435\u0440\u043e\u0432 \u0441\u0447\u0435\u0442\u043e\u0432:", None))
#if QT_CONFIG(tooltip)
        self.prefixEdit.setToolTip(QCoreApplication.translate("UserCardDialog", u"\u041f\u043e\u0434\u0441\u0442\u0430\u0432\u043b\u044f\u0435\u0442\u0441\u044f \u043f\u0435\u0440\u0435\u0434 \u043d\u043e\u043c\u0435\u0440\u043e\u043c \u0441\u0447\u0451\u0442\u0430, \u0432\u044b\u0441\u0442\u0430\u0432\u043b\u0435\u043d\u043d\u043e\u0433\u043e \u044d\u0442\u0438\u043c \u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u0435\u043c", None))
#endif // QT_CONFIG(tooltip)
        self.mobileLabel.setText(QCoreApplication.translate("UserCardDialog", u"\u041c\u043e\u0431\u0438\u043b\u044c\u043d\u044b\u0439 \u0442\u0435\u043b\u0435\u0444\u043e\u043d:", None))
        self.emailLabel.setText(QCoreApplication.translate("UserCardDialog", u"\u0420\u0430\u0431\u043e\u0447\u0438\u0439 e-mail:", None))
        self.disabledCheck.setText(QCoreApplication.translate("UserCardDialog", u"\u0423\u0447\u0451\u0442\u043d\u0430\u044f \u0437\u0430\u043f\u0438\u0441\u044c \u043e\u0442\u043a\u043b\u044e\u0447\u0435\u043d\u0430", None))
        self.dismissedCheck.setText(QCoreApplication.translate("UserCardDialog", u"\u0421\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u043a \u0443\u0432\u043e\u043b\u0435\u043d", None))
        self.tabs.setTabText(self.tabs.indexOf(self.mainTab), QCoreApplication.translate("UserCardDialog", u"\u041e\u0431\u0449\u0438\u0435", None))
        self.roleLabel.setText(QCoreApplication.translate("UserCardDialog", u"\u0420\u043e\u043b\u044c:", None))
        self.accessLabel.setText(QCoreApplication.translate("UserCardDialog", u"\u0414\u043e\u0441\u0442\u0443\u043f \u043a \u043a\u043b\u0438\u0435\u043d\u0442\u0430\u043c:", None))
        self.permissionsBox.setTitle(QCoreApplication.translate("UserCardDialog", u"\u0414\u043e\u043f\u043e\u043b\u043d\u0438\u0442\u0435\u043b\u044c\u043d\u044b\u0435 \u043f\u0440\u0430\u0432\u0430 (\u043f\u0440\u0430\u0432\u0430 \u0440\u043e\u043b\u0438 \u043e\u0442\u043c\u0435\u0447\u0435\u043d\u044b \u0438 \u043d\u0435\u0434\u043e\u0441\u0442\u0443\u043f\u043d\u044b)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.rightsTab), QCoreApplication.translate("UserCardDialog", u"\u041f\u0440\u0430\u0432\u0430", None))
        self.saveButton.setText(QCoreApplication.translate("UserCardDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c", None))
        self.cancelButton.setText(QCoreApplication.translate("UserCardDialog", u"\u041e\u0442\u043c\u0435\u043d\u0430", None))
    # retranslateUi

