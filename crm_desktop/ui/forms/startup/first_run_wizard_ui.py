# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QWidget, QWizard)

from crm_desktop.ui.startup.validated_page import ValidatedPage

class Ui_FirstRunWizard(object):
    def setupUi(self, FirstRunWizard):
        if not FirstRunWizard.objectName():
            FirstRunWizard.setObjectName(u"FirstRunWizard")
        FirstRunWizard.resize(620, 460)
        FirstRunWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.orgPage = ValidatedPage()
        self.orgPage.setObjectName(u"orgPage")
        self.orgPageForm = QFormLayout(self.orgPage)
        self.orgPageForm.setObjectName(u"orgPageForm")
        self.orgShortNameLabel = QLabel(self.orgPage)
        self.orgShortNameLabel.setObjectName(u"orgShortNameLabel")

        self.orgPageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.orgShortNameLabel)

        self.orgShortNameEdit = QLineEdit(self.orgPage)
        self.orgShortNameEdit.setObjectName(u"orgShortNameEdit")

        self.orgPageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.orgShortNameEdit)

        self.orgShortNameError = QLabel(self.orgPage)
        self.orgShortNameError.setObjectName(u"orgShortNameError")
        self.orgShortNameError.setStyleSheet(u"color: #b00020")
        self.orgShortNameError.setWordWrap(True)

        self.orgPageForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.orgShortNameError)

        self.orgFullNameLabel = QLabel(self.orgPage)
        self.orgFullNameLabel.setObjectName(u"orgFullNameLabel")

        self.orgPageForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.orgFullNameLabel)

        self.orgFullNameEdit = QLineEdit(self.orgPage)
        self.orgFullNameEdit.setObjectName(u"orgFullNameEdit")

        self.orgPageForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.orgFullNameEdit)

        self.orgFullNameError = QLabel(self.orgPage)
        self.orgFullNameError.setObjectName(u"orgFullNameError")
        self.orgFullNameError.setStyleSheet(u"color: #b00020")
        self.orgFullNameError.setWordWrap(True)

        self.orgPageForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.orgFullNameError)

        self.innLabel = QLabel(self.orgPage)
        self.innLabel.setObjectName(u"innLabel")

        self.orgPageForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.innLabel)

        self.innEdit = QLineEdit(self.orgPage)
        self.innEdit.setObjectName(u"innEdit")

        self.orgPageForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.innEdit)

        self.innError = QLabel(self.orgPage)
        self.innError.setObjectName(u"innError")
        self.innError.setStyleSheet(u"color: #b00020")
        self.innError.setWordWrap(True)

        self.orgPageForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.innError)

        self.kppLabel = QLabel(self.orgPage)
        self.kppLabel.setObjectName(u"kppLabel")

        self.orgPageForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.kppLabel)

        self.kppEdit = QLineEdit(self.orgPage)
        self.kppEdit.setObjectName(u"kppEdit")

        self.orgPageForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.kppEdit)

        self.kppError = QLabel(self.orgPage)
        self.kppError.setObjectName(u"kppError")
        self.kppError.setStyleSheet(u"color: #b00020")
        self.kppError.setWordWrap(True)

        self.orgPageForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.kppError)

        self.legalAddressLabel = QLabel(self.orgPage)
        self.legalAddressLabel.setObjectName(u"legalAddressLabel")

        self.orgPageForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.legalAddressLabel)

        self.legalAddressEdit = QLineEdit(self.orgPage)
        self.legalAddressEdit.setObjectName(u"legalAddressEdit")

        self.orgPageForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.legalAddressEdit)

        self.legalAddressError = QLabel(self.orgPage)
        self.legalAddressError.setObjectName(u"legalAddressError")
        self.legalAddressError.setStyleSheet(u"color: #b00020")
        self.legalAddressError.setWordWrap(True)

        self.orgPageForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.legalAddressError)

        self.phoneLabel = QLabel(self.orgPage)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.orgPageForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.orgPage)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.orgPageForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneError = QLabel(self.orgPage)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setStyleSheet(u"color: #b00020")
        self.phoneError.setWordWrap(True)

        self.orgPageForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.phoneError)

        FirstRunWizard.addPage(self.orgPage)
        self.bankPage = ValidatedPage()
        self.bankPage.setObjectName(u"bankPage")
        self.bankPageForm = QFormLayout(self.bankPage)
        self.bankPageForm.setObjectName(u"bankPageForm")
        self.bankNameLabel = QLabel(self.bankPage)
        self.bankNameLabel.setObjectName(u"bankNameLabel")

        self.bankPageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bankNameLabel)

        self.bankNameEdit = QLineEdit(self.bankPage)
        self.bankNameEdit.setObjectName(u"bankNameEdit")

        self.bankPageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.bankNameEdit)

        self.bankNameError = QLabel(self.bankPage)
        self.bankNameError.setObjectName(u"bankNameError")
        self.bankNameError.setStyleSheet(u"color: #b00020")
        self.bankNameError.setWordWrap(True)

        self.bankPageForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bankNameError)

        self.bikLabel = QLabel(self.bankPage)
        self.bikLabel.setObjectName(u"bikLabel")

        self.bankPageForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bikLabel)

        self.bikEdit = QLineEdit(self.bankPage)
        self.bikEdit.setObjectName(u"bikEdit")

        self.bankPageForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bikEdit)

        self.bikError = QLabel(self.bankPage)
        self.bikError.setObjectName(u"bikError")
        self.bikError.setStyleSheet(u"color: #b00020")
        self.bikError.setWordWrap(True)

        self.bankPageForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.bikError)

        self.corrAccountLabel = QLabel(self.bankPage)
        self.corrAccountLabel.setObjectName(u"corrAccountLabel")

        self.bankPageForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.corrAccountLabel)

        self.corrAccountEdit = QLineEdit(self.bankPage)
        self.corrAccountEdit.setObjectName(u"corrAccountEdit")

        self.bankPageForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.corrAccountEdit)

        self.corrAccountError = QLabel(self.bankPage)
        self.corrAccountError.setObjectName(u"corrAccountError")
        self.corrAccountError.setStyleSheet(u"color: #b00020")
        self.corrAccountError.setWordWrap(True)

        self.bankPageForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.corrAccountError)

        self.accountLabel = QLabel(self.bankPage)
        self.accountLabel.setObjectName(u"accountLabel")

        self.bankPageForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.accountLabel)

        self.accountEdit = QLineEdit(self.bankPage)
        self.accountEdit.setObjectName(u"accountEdit")

        self.bankPageForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.accountEdit)

        self.accountError = QLabel(self.bankPage)
        self.accountError.setObjectName(u"accountError")
        self.accountError.setStyleSheet(u"color: #b00020")
        self.accountError.setWordWrap(True)

        self.bankPageForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.accountError)

        FirstRunWizard.addPage(self.bankPage)
        self.adminPage = ValidatedPage()
        self.adminPage.setObjectName(u"adminPage")
        self.adminPageForm = QFormLayout(self.adminPage)
        self.adminPageForm.setObjectName(u"adminPageForm")
        self.adminLoginLabel = QLabel(self.adminPage)
        self.adminLoginLabel.setObjectName(u"adminLoginLabel")

        self.adminPageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.adminLoginLabel)

        self.adminLoginEdit = QLineEdit(self.adminPage)
        self.adminLoginEdit.setObjectName(u"adminLoginEdit")

        self.adminPageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.adminLoginEdit)

        self.adminLoginError = QLabel(self.adminPage)
        self.adminLoginError.setObjectName(u"adminLoginError")
        self.adminLoginError.setStyleSheet(u"color: #b00020")
        self.adminLoginError.setWordWrap(True)

        self.adminPageForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.adminLoginError)

        self.adminFullNameLabel = QLabel(self.adminPage)
        self.adminFullNameLabel.setObjectName(u"adminFullNameLabel")

        self.adminPageForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.adminFullNameLabel)

        self.adminFullNameEdit = QLineEdit(self.adminPage)
        self.adminFullNameEdit.setObjectName(u"adminFullNameEdit")

        self.adminPageForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.adminFullNameEdit)

        self.adminFullNameError = QLabel(self.adminPage)
        self.adminFullNameError.setObjectName(u"adminFullNameError")
        self.adminFullNameError.setStyleSheet(u"color: #b00020")
        self.adminFullNameError.setWordWrap(True)

        self.adminPageForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.adminFullNameError)

        self.adminPasswordLabel = QLabel(self.adminPage)
        self.adminPasswordLabel.setObjectName(u"adminPasswordLabel")

        self.adminPageForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.adminPasswordLabel)

        self.adminPasswordEdit = QLineEdit(self.adminPage)
        self.adminPasswordEdit.setObjectName(u"adminPasswordEdit")
        self.adminPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminPageForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.adminPasswordEdit)

        self.adminPasswordError = QLabel(self.adminPage)
        self.adminPasswordError.setObjectName(u"adminPasswordError")
        self.adminPasswordError.setStyleSheet(u"color: #b00020")
        self.adminPasswordError.setWordWrap(True)

        self.adminPageForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.adminPasswordError)

        self.adminPasswordAgainLabel = QLabel(self.adminPage)
        self.adminPasswordAgainLabel.setObjectName(u"adminPasswordAgainLabel")

        self.adminPageForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.adminPasswordAgainLabel)

        self.adminPasswordAgainEdit = QLineEdit(self.adminPage)
        self.adminPasswordAgainEdit.setObjectName(u"adminPasswordAgainEdit")
        self.adminPasswordAgainEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminPageForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.adminPasswordAgainEdit)

        self.adminPasswordAgainError = QLabel(self.adminPage)
        self.adminPasswordAgainError.setObjectName(u"adminPasswordAgainError")
        self.adminPasswordAgainError.setStyleSheet(u"color: #b00020")
        self.adminPasswordAgainError.setWordWrap(True)

        self.adminPageForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.adminPasswordAgainError)

        FirstRunWizard.addPage(self.adminPage)
#if QT_CONFIG(shortcut)
        self.orgShortNameLabel.setBuddy(self.orgShortNameEdit)
        self.orgFullNameLabel.setBuddy(self.orgFullNameEdit)
        self.innLabel.setBuddy(self.innEdit)
        self.kppLabel.setBuddy(self.kppEdit)
        self.legalAddressLabel.setBuddy(self.legalAddressEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.bankNameLabel.setBuddy(self.bankNameEdit)
        self.bikLabel.setBuddy(self.bikEdit)
        self.corrAccountLabel.setBuddy(self.corrAccountEdit)
        self.accountLabel.setBuddy(self.accountEdit)
        self.adminLoginLabel.setBuddy(self.adminLoginEdit)
        self.adminFullNameLabel.setBuddy(self.adminFullNameEdit)
        self.adminPasswordLabel.setBuddy(self.adminPasswordEdit)
        self.adminPasswordAgainLabel.setBuddy(self.adminPasswordAgainEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunWizard)
    # setupUi

    def retranslateUi(self, FirstRunWizard):
        FirstRunWizard.setWindowTitle(QCoreApplication.translate("FirstRunWizard", u"\u041c\u0430\u0441\u0442\u0435\u0440 \u043f\u0435\u0440\u0432\u043e\u0433\u043e \u0437\u0430\u043f\u0443\u0441\u043a\u0430", None))
        self.orgPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"\u041e\u0440\u0433\u0430\u043d\u0438\u0437\u0430\u0446\u0438\u044f", None))
        self.orgPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"\u0421\u0432\u0435\u0434\u0435\u043d\u0438\u044f \u043e \u0412\u0430\u0448\u0435\u0439 \u043e\u0440\u0433\u0430\u043d\u0438\u0437\u0430\u0446\u0438\u0438, \u043e\u0442 \u043b\u0438\u0446\u0430 \u043a\u043e\u0442\u043e\u0440\u043e\u0439 \u0412\u044b \u0431\u0443\u0434\u0435\u0442\u0435 \u0440\u0430\u0431\u043e\u0442\u0430\u0442\u044c.", None))
        self.orgShortNameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&\u041a\u0440\u0430\u0442\u043a\u043e\u0435 \u043d\u0430\u0438\u043c\u0435\u043d\u043e\u0432\u0430\u043d\u0438\u0435*:", None))
        self.orgShortNameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"\u041e\u041e\u041e \u00ab\u0420\u043e\u043c\u0430\u0448\u043a\u0430\u00bb", None))
        self.orgFullNameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"\u041f\u043e\u043b\u043d\u043e\u0435 \u043d\u0430\u0438\u043c\u0435\u043d\u043e\u0432\u0430\u043d\u0438\u0435:", None))
        self.orgFullNameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"\u041e\u0431\u0449\u0435\u0441\u0442\u0432\u043e \u0441 \u043e\u0433\u0440\u0430\u043d\u0438\u0447\u0435\u043d\u043d\u043e\u0439 \u043e\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043d\u043d\u043e\u0441\u0442\u044c\u044e \u00ab\u0420\u043e\u043c\u0430\u0448\u043a\u0430\u00bb", None))
        self.innLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&\u0418\u041d\u041d:", None))
        self.innEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"10 \u0438\u043b\u0438 12 \u0446\u0438\u0444\u0440", None))
        self.kppLabel.setText(QCoreApplication.translate("FirstRunWizard", u"\u041a\u041f&\u041f:", None))
        self.kppEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"9 \u0441\u0438\u043c\u0432\u043e\u043b\u043e\u0432", None))
        self.legalAddressLabel.setText(QCoreApplication.translate("FirstRunWizard", u"\u042e\u0440\u0438\u0434\u0438\u0447\u0435\u0441\u043a\u0438\u0439 &\u0430\u0434\u0440\u0435\u0441:", None))
        self.phoneLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&\u0422\u0435\u043b\u0435\u0444\u043e\u043d:", None))
        self.bankPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"\u0411\u0430\u043d\u043a", None))
        self.bankPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"\u0420\u0430\u0441\u0447\u0451\u0442\u043d\u044b\u0439 \u0441\u0447\u0451\u0442 \u043e\u0440\u0433\u0430\u043d\u0438\u0437\u0430\u0446\u0438\u0438 \u0434\u043b\u044f \u0441\u0447\u0435\u0442\u043e\u0432 \u0438 \u0434\u043e\u0433\u043e\u0432\u043e\u0440\u043e\u0432. \u0421\u0442\u0440\u0430\u043d\u0438\u0446\u0443 \u043c\u043e\u0436\u043d\u043e \u043f\u0440\u043e\u043f\u0443\u0441\u0442\u0438\u0442\u044c.", None))
        self.bankNameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&\u0411\u0430\u043d\u043a:", None))
        self.bankNameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"\u043d\u0430\u0438\u043c\u0435\u043d\u043e\u0432\u0430\u043d\u0438\u0435 \u0431\u0430\u043d\u043a\u0430", None))
        self.bikLabel.setText(QCoreApplication.translate("FirstRunWizard", u"\u0411\u0418&\u041a:", None))
        self.bikEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"9 \u0446\u0438\u0444\u0440", None))
        self.corrAccountLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&\u041a\u043e\u0440\u0440. \u0441\u0447\u0451\u0442:", None))
        self.corrAccountEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"20 \u0446\u0438\u0444\u0440", None))
        self.accountLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&\u0420\u0430\u0441\u0447\u0451\u0442\u043d\u044b\u0439 \u0441\u0447\u0451\u0442:", None))
        self.accountEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"20 \u0446\u0438\u0444\u0440", None))
        self.adminPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"\u0410\u0434\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430\u0442\u043e\u0440", None))
        self.adminPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"\u041f\u0435\u0440\u0432\u0430\u044f \u0443\u0447\u0451\u0442\u043d\u0430\u044f \u0437\u0430\u043f\u0438\u0441\u044c: \u043f\u043e\u0434 \u043d\u0435\u0439 \u0412\u044b \u0432\u043e\u0439\u0434\u0451\u0442\u0435 \u0432 \u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u0443 \u0438 \u0434\u043e\u0431\u0430\u0432\u0438\u0442\u0435 \u0434\u0440\u0443\u0433\u0438\u0445 \u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u0435\u0439.", None))
        self.adminLoginLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&\u041b\u043e\u0433\u0438\u043d*:", None))
        self.adminLoginEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"\u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440, admin", None))
        self.adminFullNameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&\u0424\u0418\u041e*:", None))
        self.adminFullNameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"\u0424\u0430\u043c\u0438\u043b\u0438\u044f \u0418\u043c\u044f \u041e\u0442\u0447\u0435\u0441\u0442\u0432\u043e", None))
        self.adminPasswordLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&\u041f\u0430\u0440\u043e\u043b\u044c*:", None))
        self.adminPasswordEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"\u043d\u0435 \u043a\u043e\u0440\u043e\u0447\u0435 6 \u0441\u0438\u043c\u0432\u043e\u043b\u043e\u0432", None))
        self.adminPasswordAgainLabel.setText(QCoreApplication.translate("FirstRunWizard", u"\u041f\u0430\u0440\u043e\u043b\u044c &\u0435\u0449\u0451 \u0440\u0430\u0437*:", None))
    # retranslateUi

