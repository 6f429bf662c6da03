# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'item_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout,
    QWidget)

from crm_desktop.ui.widgets.date_edit import DateEdit

class Ui_ItemDialog(object):
    def setupUi(self, ItemDialog):
        if not ItemDialog.objectName():
            ItemDialog.setObjectName(u"ItemDialog")
        ItemDialog.resize(620, 520)
        self.mainLayout = QVBoxLayout(ItemDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(ItemDialog)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalLayout = QFormLayout(self.generalTab)
        self.generalLayout.setObjectName(u"generalLayout")
        self.groupComboLabel = QLabel(self.generalTab)
        self.groupComboLabel.setObjectName(u"groupComboLabel")

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.groupComboLabel)

        self.groupCombo = QComboBox(self.generalTab)
        self.groupCombo.setObjectName(u"groupCombo")

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.groupCombo)

        self.codeEditLabel = QLabel(self.generalTab)
        self.codeEditLabel.setObjectName(u"codeEditLabel")

        self.generalLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeEditLabel)

        self.codeEdit = QLineEdit(self.generalTab)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(30)

        self.generalLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.articleEditLabel = QLabel(self.generalTab)
        self.articleEditLabel.setObjectName(u"articleEditLabel")

        self.generalLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.articleEditLabel)

        self.articleEdit = QLineEdit(self.generalTab)
        self.articleEdit.setObjectName(u"articleEdit")
        self.articleEdit.setMaxLength(50)

        self.generalLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.articleEdit)

        self.nameEditLabel = QLabel(self.generalTab)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.generalLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(self.generalTab)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(250)

        self.generalLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.manufacturerEditLabel = QLabel(self.generalTab)
        self.manufacturerEditLabel.setObjectName(u"manufacturerEditLabel")

        self.generalLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.manufacturerEditLabel)

        self.manufacturerEdit = QLineEdit(self.generalTab)
        self.manufacturerEdit.setObjectName(u"manufacturerEdit")
        self.manufacturerEdit.setMaxLength(150)

        self.generalLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.manufacturerEdit)

        self.unitComboLabel = QLabel(self.generalTab)
        self.unitComboLabel.setObjectName(u"unitComboLabel")

        self.generalLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.unitComboLabel)

        self.unitCombo = QComboBox(self.generalTab)
        self.unitCombo.setObjectName(u"unitCombo")

        self.generalLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.purchaseEditLabel = QLabel(self.generalTab)
        self.purchaseEditLabel.setObjectName(u"purchaseEditLabel")

        self.generalLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.purchaseEditLabel)

        self.purchaseEdit = QLineEdit(self.generalTab)
        self.purchaseEdit.setObjectName(u"purchaseEdit")

        self.generalLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.purchaseEdit)

        self.markupEditLabel = QLabel(self.generalTab)
        self.markupEditLabel.setObjectName(u"markupEditLabel")

        self.generalLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.markupEditLabel)

        self.markupEdit = QLineEdit(self.generalTab)
        self.markupEdit.setObjectName(u"markupEdit")

        self.generalLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.markupEdit)

        self.saleEditLabel = QLabel(self.generalTab)
        self.saleEditLabel.setObjectName(u"saleEditLabel")

        self.generalLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.saleEditLabel)

        self.saleEdit = QLineEdit(self.generalTab)
        self.saleEdit.setObjectName(u"saleEdit")

        self.generalLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.saleEdit)

        self.vatComboLabel = QLabel(self.generalTab)
        self.vatComboLabel.setObjectName(u"vatComboLabel")

        self.generalLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.vatComboLabel)

        self.vatCombo = QComboBox(self.generalTab)
        self.vatCombo.setObjectName(u"vatCombo")

        self.generalLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.vatCombo)

        self.noDiscountCheck = QCheckBox(self.generalTab)
        self.noDiscountCheck.setObjectName(u"noDiscountCheck")

        self.generalLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.noDiscountCheck)

        self.notInPriceCheck = QCheckBox(self.generalTab)
        self.notInPriceCheck.setObjectName(u"notInPriceCheck")

        self.generalLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.notInPriceCheck)

        self.serviceCheck = QCheckBox(self.generalTab)
        self.serviceCheck.setObjectName(u"serviceCheck")

        self.generalLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.serviceCheck)

        self.tabs.addTab(self.generalTab, "")
        self.extraTab = QWidget()
        self.extraTab.setObjectName(u"extraTab")
        self.extraLayout = QFormLayout(self.extraTab)
        self.extraLayout.setObjectName(u"extraLayout")
        self.weightEditLabel = QLabel(self.extraTab)
        self.weightEditLabel.setObjectName(u"weightEditLabel")

        self.extraLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.weightEditLabel)

        self.weightEdit = QLineEdit(self.extraTab)
        self.weightEdit.setObjectName(u"weightEdit")

        self.extraLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.weightEdit)

        self.volumeEditLabel = QLabel(self.extraTab)
        self.volumeEditLabel.setObjectName(u"volumeEditLabel")

        self.extraLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.volumeEditLabel)

        self.volumeEdit = QLineEdit(self.extraTab)
        self.volumeEdit.setObjectName(u"volumeEdit")

        self.extraLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.volumeEdit)

        self.perPackageEditLabel = QLabel(self.extraTab)
        self.perPackageEditLabel.setObjectName(u"perPackageEditLabel")

        self.extraLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.perPackageEditLabel)

        self.perPackageEdit = QLineEdit(self.extraTab)
        self.perPackageEdit.setObjectName(u"perPackageEdit")

        self.extraLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.perPackageEdit)

        self.certificateNoEditLabel = QLabel(self.extraTab)
        self.certificateNoEditLabel.setObjectName(u"certificateNoEditLabel")

        self.extraLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.certificateNoEditLabel)

        self.certificateNoEdit = QLineEdit(self.extraTab)
        self.certificateNoEdit.setObjectName(u"certificateNoEdit")
        self.certificateNoEdit.setMaxLength(100)

        self.extraLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.certificateNoEdit)

        self.certificateIssuerEditLabel = QLabel(self.extraTab)
        self.certificateIssuerEditLabel.setObjectName(u"certificateIssuerEditLabel")

        self.extraLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.certificateIssuerEditLabel)

        self.certificateIssuerEdit = QLineEdit(self.extraTab)
        self.certificateIssuerEdit.setObjectName(u"certificateIssuerEdit")
        self.certificateIssuerEdit.setMaxLength(250)

        self.extraLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.certificateIssuerEdit)

        self.certificateValidToEditLabel = QLabel(self.extraTab)
        self.certificateValidToEditLabel.setObjectName(u"certificateValidToEditLabel")

        self.extraLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.certificateValidToEditLabel)

        self.certificateValidToEdit = DateEdit(self.extraTab)
        self.certificateValidToEdit.setObjectName(u"certificateValidToEdit")

        self.extraLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.certificateValidToEdit)

        self.notesEditLabel = QLabel(self.extraTab)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.extraLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(self.extraTab)
        self.notesEdit.setObjectName(u"notesEdit")

        self.extraLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.tabs.addTab(self.extraTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.movesButton = QPushButton(ItemDialog)
        self.movesButton.setObjectName(u"movesButton")
        self.movesButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.movesButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.saveButton = QPushButton(ItemDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.saveButton)

        self.buttonBox = QDialogButtonBox(ItemDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.bottomLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.groupComboLabel.setBuddy(self.groupCombo)
        self.codeEditLabel.setBuddy(self.codeEdit)
        self.articleEditLabel.setBuddy(self.articleEdit)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.manufacturerEditLabel.setBuddy(self.manufacturerEdit)
        self.unitComboLabel.setBuddy(self.unitCombo)
        self.purchaseEditLabel.setBuddy(self.purchaseEdit)
        self.markupEditLabel.setBuddy(self.markupEdit)
        self.saleEditLabel.setBuddy(self.saleEdit)
        self.vatComboLabel.setBuddy(self.vatCombo)
        self.weightEditLabel.setBuddy(self.weightEdit)
        self.volumeEditLabel.setBuddy(self.volumeEdit)
        self.perPackageEditLabel.setBuddy(self.perPackageEdit)
        self.certificateNoEditLabel.setBuddy(self.certificateNoEdit)
        self.certificateIssuerEditLabel.setBuddy(self.certificateIssuerEdit)
        self.certificateValidToEditLabel.setBuddy(self.certificateValidToEdit)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.groupCombo, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.articleEdit)
        QWidget.setTabOrder(self.articleEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.manufacturerEdit)
        QWidget.setTabOrder(self.manufacturerEdit, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.purchaseEdit)
        QWidget.setTabOrder(self.purchaseEdit, self.markupEdit)
        QWidget.setTabOrder(self.markupEdit, self.saleEdit)
        QWidget.setTabOrder(self.saleEdit, self.vatCombo)
        QWidget.setTabOrder(self.vatCombo, self.noDiscountCheck)
        QWidget.setTabOrder(self.noDiscountCheck, self.notInPriceCheck)
        QWidget.setTabOrder(self.notInPriceCheck, self.serviceCheck)

        self.retranslateUi(ItemDialog)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, ItemDialog):
        ItemDialog.setWindowTitle(QCoreApplication.translate("ItemDialog", u"\u041f\u043e\u0437\u0438\u0446\u0438\u044f \u043d\u043e\u043c\u0435\u043d\u043a\u043b\u0430\u0442\u0443\u0440\u044b", None))
        self.groupComboLabel.setText(QCoreApplication.translate("ItemDialog", u"&\u0413\u0440\u0443\u043f\u043f\u0430:", None))
        self.codeEditLabel.setText(QCoreApplication.translate("ItemDialog", u"&\u041a\u043e\u0434:", None))
        self.articleEditLabel.setText(QCoreApplication.translate("ItemDialog", u"&\u0410\u0440\u0442\u0438\u043a\u0443\u043b:", None))
        self.nameEditLabel.setText(QCoreApplication.translate("ItemDialog", u"&\u041d\u0430\u0438\u043c\u0435\u043d\u043e\u0432\u0430\u043d\u0438\u0435:", None))
        self.manufacturerEditLabel.setText(QCoreApplication.translate("ItemDialog", u"\u041f&\u0440\u043e\u0438\u0437\u0432\u043e\u0434\u0438\u0442\u0435\u043b\u044c:", None))
        self.unitComboLabel.setText(QCoreApplication.translate("ItemDialog", u"&\u0415\u0434\u0438\u043d\u0438\u0446\u0430 \u0438\u0437\u043c\u0435\u0440\u0435\u043d\u0438\u044f:", None))
        self.purchaseEditLabel.setText(QCoreApplication.translate("ItemDialog", u"&\u0417\u0430\u043a\u0443\u043f\u043e\u0447\u043d\u0430\u044f \u0446\u0435\u043d\u0430:", None))
        self.purchaseEdit.setPlaceholderText(QCoreApplication.translate("ItemDialog", u"0,00", None))
        self.markupEditLabel.setText(QCoreApplication.translate("ItemDialog", u"\u041d\u0430\u0446\u0435\u043d\u043a\u0430, &%:", None))
        self.markupEdit.setPlaceholderText(QCoreApplication.translate("ItemDialog", u"0", None))
        self.saleEditLabel.setText(QCoreApplication.translate("ItemDialog", u"\u0426\u0435\u043d\u0430 &\u043f\u0440\u043e\u0434\u0430\u0436\u0438:", None))
        self.saleEdit.setPlaceholderText(QCoreApplication.translate("ItemDialog", u"0,00", None))
#if QT_CONFIG(tooltip)
        self.saleEdit.setToolTip(QCoreApplication.translate("ItemDialog", u"\u041f\u0435\u0440\u0435\u0441\u0447\u0438\u0442\u044b\u0432\u0430\u0435\u0442\u0441\u044f \u043f\u0440\u0438 \u0438\u0437\u043c\u0435\u043d\u0435\u043d\u0438\u0438 \u0437\u0430\u043a\u0443\u043f\u043e\u0447\u043d\u043e\u0439 \u0446\u0435\u043d\u044b \u0438\u043b\u0438 \u043d\u0430\u0446\u0435\u043d\u043a\u0438; \u0438\u0437\u043c\u0435\u043d\u0451\u043d\u043d\u0430\u044f \u0446\u0435\u043d\u0430 \u043f\u0440\u043e\u0434\u0430\u0436\u0438 \u043f\u0435\u0440\u0435\u0441\u0447\u0438\u0442\u044b\u0432\u0430\u0435\u0442 \u043d\u0430\u0446\u0435\u043d\u043a\u0443", None))
#endif // QT_CONFIG(tooltip)
        self.vatComboLabel.setText(QCoreApplication.translate("ItemDialog", u"&\u0421\u0442\u0430\u0432\u043a\u0430 \u041d\u0414\u0421:", None))
        self.noDiscountCheck.setText(QCoreApplication.translate("ItemDialog", u"\u0421\u043a\u0438\u0434\u043a\u0430 \u0437\u0430\u043f\u0440\u0435\u0449\u0435\u043d\u0430", None))
#if QT_CONFIG(tooltip)
        self.noDiscountCheck.setToolTip(QCoreApplication.translate("ItemDialog", u"\u0421\u043a\u0438\u0434\u043a\u0438 \u0438 \u0441\u043f\u0435\u0446\u043f\u0440\u0435\u0434\u043b\u043e\u0436\u0435\u043d\u0438\u044f \u043d\u0430 \u043f\u043e\u0437\u0438\u0446\u0438\u044e \u043d\u0435 \u0434\u0435\u0439\u0441\u0442\u0432\u0443\u044e\u0442: \u0432 \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442\u0430\u0445 \u043e\u043d\u0430 \u0432\u0441\u0435\u0433\u0434\u0430 \u043f\u043e \u0431\u0430\u0437\u043e\u0432\u043e\u0439 \u0446\u0435\u043d\u0435", None))
#endif // QT_CONFIG(tooltip)
        self.notInPriceCheck.setText(QCoreApplication.translate("ItemDialog", u"\u041d\u0435 \u0432\u043a\u043b\u044e\u0447\u0430\u0442\u044c \u0432 \u043f\u0440\u0430\u0439\u0441-\u043b\u0438\u0441\u0442", None))
        self.serviceCheck.setText(QCoreApplication.translate("ItemDialog", u"\u0423\u0441\u043b\u0443\u0433\u0430", None))
#if QT_CONFIG(tooltip)
        self.serviceCheck.setToolTip(QCoreApplication.translate("ItemDialog", u"\u0423\u0441\u043b\u0443\u0433\u0430 \u043d\u0435 \u0443\u0447\u0438\u0442\u044b\u0432\u0430\u0435\u0442\u0441\u044f \u043d\u0430 \u0441\u043a\u043b\u0430\u0434\u0435", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("ItemDialog", u"\u041e\u0431\u0449\u0438\u0435 \u0434\u0430\u043d\u043d\u044b\u0435", None))
        self.weightEditLabel.setText(QCoreApplication.translate("ItemDialog", u"&\u0412\u0435\u0441, \u043a\u0433:", None))
        self.volumeEditLabel.setText(QCoreApplication.translate("ItemDialog", u"&\u041e\u0431\u044a\u0451\u043c, \u043c\u00b3:", None))
        self.perPackageEditLabel.setText(QCoreApplication.translate("ItemDialog", u"\u041a\u043e\u043b\u0438\u0447\u0435\u0441\u0442\u0432\u043e \u0432 &\u0443\u043f\u0430\u043a\u043e\u0432\u043a\u0435:", None))
        self.certificateNoEditLabel.setText(QCoreApplication.translate("ItemDialog", u"\u0421\u0435\u0440\u0442\u0438&\u0444\u0438\u043a\u0430\u0442 \u2116:", None))
#if QT_CONFIG(tooltip)
        self.certificateNoEdit.setToolTip(QCoreApplication.translate("ItemDialog", u"\u041d\u043e\u043c\u0435\u0440 \u0441\u0435\u0440\u0442\u0438\u0444\u0438\u043a\u0430\u0442\u0430 \u0441\u043e\u043e\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0438\u044f: \u043f\u0435\u0447\u0430\u0442\u0430\u0435\u0442\u0441\u044f \u0432 \u00ab\u0421\u0432\u0435\u0434\u0435\u043d\u0438\u044f\u0445 \u043e \u0441\u0435\u0440\u0442\u0438\u0444\u0438\u043a\u0430\u0442\u0430\u0445\u00bb \u0440\u0430\u0441\u0445\u043e\u0434\u043d\u043e\u0439 \u043d\u0430\u043a\u043b\u0430\u0434\u043d\u043e\u0439", None))
#endif // QT_CONFIG(tooltip)
        self.certificateIssuerEditLabel.setText(QCoreApplication.translate("ItemDialog", u"\u0421\u0435\u0440\u0442\u0438\u0444\u0438\u043a\u0430\u0442 \u0432&\u044b\u0434\u0430\u043d:", None))
        self.certificateIssuerEdit.setPlaceholderText(QCoreApplication.translate("ItemDialog", u"\u043e\u0440\u0433\u0430\u043d \u043f\u043e \u0441\u0435\u0440\u0442\u0438\u0444\u0438\u043a\u0430\u0446\u0438\u0438", None))
        self.certificateValidToEditLabel.setText(QCoreApplication.translate("ItemDialog", u"\u0421\u0435\u0440\u0442\u0438\u0444\u0438\u043a\u0430\u0442 \u0434\u0435\u0439\u0441&\u0442\u0432\u0443\u0435\u0442 \u0434\u043e:", None))
        self.notesEditLabel.setText(QCoreApplication.translate("ItemDialog", u"\u041f&\u0440\u0438\u043c\u0435\u0447\u0430\u043d\u0438\u044f:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.extraTab), QCoreApplication.translate("ItemDialog", u"\u0414\u043e\u043f\u043e\u043b\u043d\u0438\u0442\u0435\u043b\u044c\u043d\u043e", None))
        self.movesButton.setText(QCoreApplication.translate("ItemDialog", u"\u0421\u043f\u0440\u0430\u0432\u043a\u0430 \u043e &\u0434\u0432\u0438\u0436\u0435\u043d\u0438\u044f\u0445", None))
#if QT_CONFIG(tooltip)
        self.movesButton.setToolTip(QCoreApplication.translate("ItemDialog", u"\u041f\u0440\u043e\u0432\u0435\u0434\u0451\u043d\u043d\u044b\u0435 \u043f\u0440\u0438\u0445\u043e\u0434\u044b \u0438 \u0440\u0430\u0441\u0445\u043e\u0434\u044b \u044d\u0442\u043e\u0439 \u043f\u043e\u0437\u0438\u0446\u0438\u0438 \u043f\u043e \u0441\u043a\u043b\u0430\u0434\u0430\u043c", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("ItemDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("ItemDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c, \u043d\u0435 \u0437\u0430\u043a\u0440\u044b\u0432\u0430\u044f (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

