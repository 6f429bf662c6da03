# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contract_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout,
    QWidget)

from crm_desktop.ui.widgets.date_edit import DateEdit

class Ui_ContractDialog(object):
    def setupUi(self, ContractDialog):
        if not ContractDialog.objectName():
            ContractDialog.setObjectName(u"ContractDialog")
        ContractDialog.resize(720, 640)
        self.mainLayout = QVBoxLayout(ContractDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.clientLabel = QLabel(ContractDialog)
        self.clientLabel.setObjectName(u"clientLabel")

        self.mainLayout.addWidget(self.clientLabel)

        self.tabs = QTabWidget(ContractDialog)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalLayout = QFormLayout(self.generalTab)
        self.generalLayout.setObjectName(u"generalLayout")
        self.typeComboLabel = QLabel(self.generalTab)
        self.typeComboLabel.setObjectName(u"typeComboLabel")

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.typeComboLabel)

        self.typeCombo = QComboBox(self.generalTab)
        self.typeCombo.setObjectName(u"typeCombo")

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.numberEditLabel = QLabel(self.generalTab)
        self.numberEditLabel.setObjectName(u"numberEditLabel")

        self.generalLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.numberEditLabel)

        self.numberEdit = QLineEdit(self.generalTab)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setMaxLength(30)

        self.generalLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.signDateEditLabel = QLabel(self.generalTab)
        self.signDateEditLabel.setObjectName(u"signDateEditLabel")

        self.generalLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signDateEditLabel)

        self.signDateEdit = DateEdit(self.generalTab)
        self.signDateEdit.setObjectName(u"signDateEdit")

        self.generalLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signDateEdit)

        self.endDateEditLabel = QLabel(self.generalTab)
        self.endDateEditLabel.setObjectName(u"endDateEditLabel")

        self.generalLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.endDateEditLabel)

        self.endDateEdit = DateEdit(self.generalTab)
        self.endDateEdit.setObjectName(u"endDateEdit")

        self.generalLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.endDateEdit)

        self.entityComboLabel = QLabel(self.generalTab)
        self.entityComboLabel.setObjectName(u"entityComboLabel")

        self.generalLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.entityComboLabel)

        self.entityCombo = QComboBox(self.generalTab)
        self.entityCombo.setObjectName(u"entityCombo")

        self.generalLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.entityCombo)

        self.accountComboLabel = QLabel(self.generalTab)
        self.accountComboLabel.setObjectName(u"accountComboLabel")

        self.generalLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.accountComboLabel)

        self.accountCombo = QComboBox(self.generalTab)
        self.accountCombo.setObjectName(u"accountCombo")

        self.generalLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.accountCombo)

        self.managerEditLabel = QLabel(self.generalTab)
        self.managerEditLabel.setObjectName(u"managerEditLabel")

        self.generalLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.managerEditLabel)

        self.managerEdit = QLineEdit(self.generalTab)
        self.managerEdit.setObjectName(u"managerEdit")
        self.managerEdit.setReadOnly(True)

        self.generalLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.managerEdit)

        self.tariffComboLabel = QLabel(self.generalTab)
        self.tariffComboLabel.setObjectName(u"tariffComboLabel")

        self.generalLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.tariffComboLabel)

        self.tariffCombo = QComboBox(self.generalTab)
        self.tariffCombo.setObjectName(u"tariffCombo")

        self.generalLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.tariffCombo)

        self.amountEditLabel = QLabel(self.generalTab)
        self.amountEditLabel.setObjectName(u"amountEditLabel")

        self.generalLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.amountEditLabel)

        self.amountEdit = QLineEdit(self.generalTab)
        self.amountEdit.setObjectName(u"amountEdit")

        self.generalLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.vatEditLabel = QLabel(self.generalTab)
        self.vatEditLabel.setObjectName(u"vatEditLabel")

        self.generalLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.vatEditLabel)

        self.vatEdit = QLineEdit(self.generalTab)
        self.vatEdit.setObjectName(u"vatEdit")

        self.generalLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.vatEdit)

        self.noteEditLabel = QLabel(self.generalTab)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.generalLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.noteEditLabel)

        self.noteEdit = QPlainTextEdit(self.generalTab)
        self.noteEdit.setObjectName(u"noteEdit")

        self.generalLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.param1EditLabel = QLabel(self.generalTab)
        self.param1EditLabel.setObjectName(u"param1EditLabel")

        self.generalLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.param1EditLabel)

        self.param1Edit = QLineEdit(self.generalTab)
        self.param1Edit.setObjectName(u"param1Edit")

        self.generalLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.param1Edit)

        self.param2EditLabel = QLabel(self.generalTab)
        self.param2EditLabel.setObjectName(u"param2EditLabel")

        self.generalLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.param2EditLabel)

        self.param2Edit = QLineEdit(self.generalTab)
        self.param2Edit.setObjectName(u"param2Edit")

        self.generalLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.param2Edit)

        self.param3EditLabel = QLabel(self.generalTab)
        self.param3EditLabel.setObjectName(u"param3EditLabel")

        self.generalLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.param3EditLabel)

        self.param3Edit = QLineEdit(self.generalTab)
        self.param3Edit.setObjectName(u"param3Edit")

        self.generalLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.param3Edit)

        self.param4EditLabel = QLabel(self.generalTab)
        self.param4EditLabel.setObjectName(u"param4EditLabel")

        self.generalLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.param4EditLabel)

        self.param4Edit = QLineEdit(self.generalTab)
        self.param4Edit.setObjectName(u"param4Edit")

        self.generalLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.param4Edit)

        self.param5EditLabel = QLabel(self.generalTab)
        self.param5EditLabel.setObjectName(u"param5EditLabel")

        self.generalLayout.setWidget(15, QFormLayout.ItemRole.LabelRole, self.param5EditLabel)

        self.param5Edit = QLineEdit(self.generalTab)
        self.param5Edit.setObjectName(u"param5Edit")

        self.generalLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.param5Edit)

        self.tabs.addTab(self.generalTab, "")
        self.signingTab = QWidget()
        self.signingTab.setObjectName(u"signingTab")
        self.signingLayout = QVBoxLayout(self.signingTab)
        self.signingLayout.setObjectName(u"signingLayout")
        self.ourGroup = QGroupBox(self.signingTab)
        self.ourGroup.setObjectName(u"ourGroup")
        self.ourLayout = QFormLayout(self.ourGroup)
        self.ourLayout.setObjectName(u"ourLayout")
        self.signPersonEditLabel = QLabel(self.ourGroup)
        self.signPersonEditLabel.setObjectName(u"signPersonEditLabel")

        self.ourLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signPersonEditLabel)

        self.signPersonEdit = QLineEdit(self.ourGroup)
        self.signPersonEdit.setObjectName(u"signPersonEdit")

        self.ourLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signPersonEdit)

        self.signBasisEditLabel = QLabel(self.ourGroup)
        self.signBasisEditLabel.setObjectName(u"signBasisEditLabel")

        self.ourLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signBasisEditLabel)

        self.signBasisEdit = QLineEdit(self.ourGroup)
        self.signBasisEdit.setObjectName(u"signBasisEdit")

        self.ourLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signBasisEdit)


        self.signingLayout.addWidget(self.ourGroup)

        self.clientGroup = QGroupBox(self.signingTab)
        self.clientGroup.setObjectName(u"clientGroup")
        self.clientLayout = QFormLayout(self.clientGroup)
        self.clientLayout.setObjectName(u"clientLayout")
        self.custSignPersonEditLabel = QLabel(self.clientGroup)
        self.custSignPersonEditLabel.setObjectName(u"custSignPersonEditLabel")

        self.clientLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.custSignPersonEditLabel)

        self.custSignPersonEdit = QLineEdit(self.clientGroup)
        self.custSignPersonEdit.setObjectName(u"custSignPersonEdit")

        self.clientLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.custSignPersonEdit)

        self.custSignBasisEditLabel = QLabel(self.clientGroup)
        self.custSignBasisEditLabel.setObjectName(u"custSignBasisEditLabel")

        self.clientLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.custSignBasisEditLabel)

        self.custSignBasisEdit = QLineEdit(self.clientGroup)
        self.custSignBasisEdit.setObjectName(u"custSignBasisEdit")

        self.clientLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.custSignBasisEdit)

        self.custRequisitesEditLabel = QLabel(self.clientGroup)
        self.custRequisitesEditLabel.setObjectName(u"custRequisitesEditLabel")

        self.clientLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.custRequisitesEditLabel)

        self.custRequisitesEdit = QPlainTextEdit(self.clientGroup)
        self.custRequisitesEdit.setObjectName(u"custRequisitesEdit")

        self.clientLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.custRequisitesEdit)

        self.fromCardButton = QPushButton(self.clientGroup)
        self.fromCardButton.setObjectName(u"fromCardButton")

        self.clientLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fromCardButton)


        self.signingLayout.addWidget(self.clientGroup)

        self.tabs.addTab(self.signingTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.printButton = QPushButton(ContractDialog)
        self.printButton.setObjectName(u"printButton")

        self.bottomLayout.addWidget(self.printButton)

        self.designerButton = QPushButton(ContractDialog)
        self.designerButton.setObjectName(u"designerButton")

        self.bottomLayout.addWidget(self.designerButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.saveButton = QPushButton(ContractDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.bottomLayout.addWidget(self.saveButton)

        self.buttonBox = QDialogButtonBox(ContractDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.bottomLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.typeComboLabel.setBuddy(self.typeCombo)
        self.numberEditLabel.setBuddy(self.numberEdit)
        self.signDateEditLabel.setBuddy(self.signDateEdit)
        self.endDateEditLabel.setBuddy(self.endDateEdit)
        self.entityComboLabel.setBuddy(self.entityCombo)
        self.accountComboLabel.setBuddy(self.accountCombo)
        self.managerEditLabel.setBuddy(self.managerEdit)
        self.tariffComboLabel.setBuddy(self.tariffCombo)
        self.amountEditLabel.setBuddy(self.amountEdit)
        self.vatEditLabel.setBuddy(self.vatEdit)
        self.noteEditLabel.setBuddy(self.noteEdit)
        self.param1EditLabel.setBuddy(self.param1Edit)
        self.param2EditLabel.setBuddy(self.param2Edit)
        self.param3EditLabel.setBuddy(self.param3Edit)
        self.param4EditLabel.setBuddy(self.param4Edit)
        self.param5EditLabel.setBuddy(self.param5Edit)
        self.signPersonEditLabel.setBuddy(self.signPersonEdit)
        self.signBasisEditLabel.setBuddy(self.signBasisEdit)
        self.custSignPersonEditLabel.setBuddy(self.custSignPersonEdit)
        self.custSignBasisEditLabel.setBuddy(self.custSignBasisEdit)
        self.custRequisitesEditLabel.setBuddy(self.custRequisitesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContractDialog)
    # setupUi

    def retranslateUi(self, ContractDialog):
        ContractDialog.setWindowTitle(QCoreApplication.translate("ContractDialog", u"\u0414\u043e\u0433\u043e\u0432\u043e\u0440", None))
        self.clientLabel.setStyleSheet(QCoreApplication.translate("ContractDialog", u"font-weight: bold;", None))
        self.typeComboLabel.setText(QCoreApplication.translate("ContractDialog", u"\u0422\u0438\u043f \u0434\u043e\u0433\u043e\u0432\u043e\u0440\u0430:", None))
        self.numberEditLabel.setText(QCoreApplication.translate("ContractDialog", u"\u041d\u043e\u043c\u0435\u0440:", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("ContractDialog", u"\u043f\u0440\u0438\u0441\u0432\u043e\u0438\u0442\u044c \u0430\u0432\u0442\u043e\u043c\u0430\u0442\u0438\u0447\u0435\u0441\u043a\u0438", None))
        self.signDateEditLabel.setText(QCoreApplication.translate("ContractDialog", u"\u0414\u0430\u0442\u0430 \u043f\u043e\u0434\u043f\u0438\u0441\u0430\u043d\u0438\u044f:", None))
        self.endDateEditLabel.setText(QCoreApplication.translate("ContractDialog", u"\u0414\u0430\u0442\u0430 \u043e\u043a\u043e\u043d\u0447\u0430\u043d\u0438\u044f:", None))
        self.entityComboLabel.setText(QCoreApplication.translate("ContractDialog", u"\u042e\u0440\u0438\u0434\u0438\u0447\u0435\u0441\u043a\u043e\u0435 \u043b\u0438\u0446\u043e:", None))
        self.accountComboLabel.setText(QCoreApplication.translate("ContractDialog", u"\u0420\u0430\u0441\u0447\u0451\u0442\u043d\u044b\u0439 \u0441\u0447\u0451\u0442:", None))
        self.managerEditLabel.setText(QCoreApplication.translate("ContractDialog", u"\u041c\u0435\u043d\u0435\u0434\u0436\u0435\u0440:", None))
        self.tariffComboLabel.setText(QCoreApplication.translate("ContractDialog", u"\u0422\u0430\u0440\u0438\u0444:", None))
        self.amountEditLabel.setText(QCoreApplication.translate("ContractDialog", u"\u0421\u0443\u043c\u043c\u0430:", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("ContractDialog", u"0,00", None))
        self.vatEditLabel.setText(QCoreApplication.translate("ContractDialog", u"\u0421\u0443\u043c\u043c\u0430 \u041d\u0414\u0421:", None))
        self.vatEdit.setPlaceholderText(QCoreApplication.translate("ContractDialog", u"0,00", None))
        self.noteEditLabel.setText(QCoreApplication.translate("ContractDialog", u"\u041f\u0440\u0438\u043c\u0435\u0447\u0430\u043d\u0438\u0435:", None))
        self.param1EditLabel.setText(QCoreApplication.translate("ContractDialog", u"Param1:", None))
        self.param2EditLabel.setText(QCoreApplication.translate("ContractDialog", u"Param2:", None))
        self.param3EditLabel.setText(QCoreApplication.translate("ContractDialog", u"Param3:", None))
        self.param4EditLabel.setText(QCoreApplication.translate("ContractDialog", u"Param4:", None))
        self.param5EditLabel.setText(QCoreApplication.translate("ContractDialog", u"Param5:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("ContractDialog", u"\u041e\u0431\u0449\u0438\u0435 \u0441\u0432\u0435\u0434\u0435\u043d\u0438\u044f", None))
        self.ourGroup.setTitle(QCoreApplication.translate("ContractDialog", u"\u041d\u0430\u0448\u0430 \u0441\u0442\u043e\u0440\u043e\u043d\u0430", None))
        self.signPersonEditLabel.setText(QCoreApplication.translate("ContractDialog", u"\u041a\u0442\u043e \u043f\u043e\u0434\u043f\u0438\u0441\u044b\u0432\u0430\u0435\u0442 (\u0432 \u043b\u0438\u0446\u0435 \u2026):", None))
        self.signPersonEdit.setPlaceholderText(QCoreApplication.translate("ContractDialog", u"\u0418\u0432\u0430\u043d\u043e\u0432\u0430 \u0418\u0432\u0430\u043d\u0430 \u0418\u0432\u0430\u043d\u043e\u0432\u0438\u0447\u0430", None))
        self.signBasisEditLabel.setText(QCoreApplication.translate("ContractDialog", u"\u041d\u0430 \u043e\u0441\u043d\u043e\u0432\u0430\u043d\u0438\u0438:", None))
        self.signBasisEdit.setPlaceholderText(QCoreApplication.translate("ContractDialog", u"\u0423\u0441\u0442\u0430\u0432\u0430", None))
        self.clientGroup.setTitle(QCoreApplication.translate("ContractDialog", u"\u0421\u0442\u043e\u0440\u043e\u043d\u0430 \u043a\u043b\u0438\u0435\u043d\u0442\u0430", None))
        self.custSignPersonEditLabel.setText(QCoreApplication.translate("ContractDialog", u"\u041a\u0442\u043e \u043f\u043e\u0434\u043f\u0438\u0441\u044b\u0432\u0430\u0435\u0442 (\u0432 \u043b\u0438\u0446\u0435 \u2026):", None))
        self.custSignBasisEditLabel.setText(QCoreApplication.translate("ContractDialog", u"\u041d\u0430 \u043e\u0441\u043d\u043e\u0432\u0430\u043d\u0438\u0438:", None))
        self.custRequisitesEditLabel.setText(QCoreApplication.translate("ContractDialog", u"\u0420\u0435\u043a\u0432\u0438\u0437\u0438\u0442\u044b \u043a\u043b\u0438\u0435\u043d\u0442\u0430:", None))
        self.fromCardButton.setText(QCoreApplication.translate("ContractDialog", u"\u0412\u0437\u044f\u0442\u044c \u0438\u0437 \u043a\u0430\u0440\u0442\u043e\u0447\u043a\u0438 \u043a\u043b\u0438\u0435\u043d\u0442\u0430", None))
#if QT_CONFIG(tooltip)
        self.fromCardButton.setToolTip(QCoreApplication.translate("ContractDialog", u"\u0417\u0430\u043f\u043e\u043b\u043d\u0438\u0442\u044c \u043f\u043e\u0434\u043f\u0438\u0441\u0430\u043d\u0442\u0430, \u043e\u0441\u043d\u043e\u0432\u0430\u043d\u0438\u0435 \u0438 \u0440\u0435\u043a\u0432\u0438\u0437\u0438\u0442\u044b \u0438\u0437 \u043a\u0430\u0440\u0442\u043e\u0447\u043a\u0438 \u043a\u043b\u0438\u0435\u043d\u0442\u0430", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.signingTab), QCoreApplication.translate("ContractDialog", u"\u041f\u043e\u0434\u043f\u0438\u0441\u0430\u043d\u0438\u0435", None))
        self.printButton.setText(QCoreApplication.translate("ContractDialog", u"\u041f\u0435\u0447\u0430\u0442\u043d\u0430\u044f \u0444\u043e\u0440\u043c\u0430", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("ContractDialog", u"\u0414\u043e\u0433\u043e\u0432\u043e\u0440 \u0432 PDF \u0438\u043b\u0438 DOCX \u043f\u043e \u0448\u0430\u0431\u043b\u043e\u043d\u0443 \u0442\u0438\u043f\u0430", None))
#endif // QT_CONFIG(tooltip)
        self.designerButton.setText(QCoreApplication.translate("ContractDialog", u"\u0414\u0438\u0437\u0430\u0439\u043d\u0435\u0440", None))
#if QT_CONFIG(tooltip)
        self.designerButton.setToolTip(QCoreApplication.translate("ContractDialog", u"\u0418\u0437\u043c\u0435\u043d\u0438\u0442\u044c \u0442\u0435\u043a\u0441\u0442 \u044d\u0442\u043e\u0433\u043e \u0434\u043e\u0433\u043e\u0432\u043e\u0440\u0430 (\u0448\u0430\u0431\u043b\u043e\u043d \u0442\u0438\u043f\u0430 \u043d\u0435 \u043c\u0435\u043d\u044f\u0435\u0442\u0441\u044f)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("ContractDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("ContractDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c, \u043d\u0435 \u0437\u0430\u043a\u0440\u044b\u0432\u0430\u044f (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

