# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sale_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from crm_desktop.ui.widgets.date_edit import DateEdit

class Ui_SaleDialog(object):
    def setupUi(self, SaleDialog):
        if not SaleDialog.objectName():
            SaleDialog.setObjectName(u"SaleDialog")
        SaleDialog.resize(560, 460)
        self.mainLayout = QVBoxLayout(SaleDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.clientLabel = QLabel(SaleDialog)
        self.clientLabel.setObjectName(u"clientLabel")

        self.mainLayout.addWidget(self.clientLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateEditLabel = QLabel(SaleDialog)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateEditLabel)

        self.dateEdit = DateEdit(SaleDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.productEditLabel = QLabel(SaleDialog)
        self.productEditLabel.setObjectName(u"productEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.productEditLabel)

        self.productLayout = QHBoxLayout()
        self.productLayout.setObjectName(u"productLayout")
        self.productEdit = QLineEdit(SaleDialog)
        self.productEdit.setObjectName(u"productEdit")
        self.productEdit.setMaxLength(250)

        self.productLayout.addWidget(self.productEdit)

        self.pickButton = QPushButton(SaleDialog)
        self.pickButton.setObjectName(u"pickButton")

        self.productLayout.addWidget(self.pickButton)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.productLayout)

        self.quantityEditLabel = QLabel(SaleDialog)
        self.quantityEditLabel.setObjectName(u"quantityEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.quantityEditLabel)

        self.quantityEdit = QLineEdit(SaleDialog)
        self.quantityEdit.setObjectName(u"quantityEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.quantityEdit)

        self.amountEditLabel = QLabel(SaleDialog)
        self.amountEditLabel.setObjectName(u"amountEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.amountEditLabel)

        self.amountEdit = QLineEdit(SaleDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.paidEditLabel = QLabel(SaleDialog)
        self.paidEditLabel.setObjectName(u"paidEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.paidEditLabel)

        self.paidEdit = QLineEdit(SaleDialog)
        self.paidEdit.setObjectName(u"paidEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.paidEdit)

        self.payDateEditLabel = QLabel(SaleDialog)
        self.payDateEditLabel.setObjectName(u"payDateEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.payDateEditLabel)

        self.payDateEdit = DateEdit(SaleDialog)
        self.payDateEdit.setObjectName(u"payDateEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.payDateEdit)

        self.managerEditLabel = QLabel(SaleDialog)
        self.managerEditLabel.setObjectName(u"managerEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.managerEditLabel)

        self.managerEdit = QLineEdit(SaleDialog)
        self.managerEdit.setObjectName(u"managerEdit")
        self.managerEdit.setReadOnly(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.managerEdit)

        self.notesEditLabel = QLabel(SaleDialog)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(SaleDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.saveButton = QPushButton(SaleDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.bottomLayout.addWidget(self.saveButton)

        self.buttonBox = QDialogButtonBox(SaleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.bottomLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.productEditLabel.setBuddy(self.productEdit)
        self.quantityEditLabel.setBuddy(self.quantityEdit)
        self.amountEditLabel.setBuddy(self.amountEdit)
        self.paidEditLabel.setBuddy(self.paidEdit)
        self.payDateEditLabel.setBuddy(self.payDateEdit)
        self.managerEditLabel.setBuddy(self.managerEdit)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SaleDialog)
    # setupUi

    def retranslateUi(self, SaleDialog):
        SaleDialog.setWindowTitle(QCoreApplication.translate("SaleDialog", u"\u041f\u0440\u043e\u0434\u0430\u0436\u0430", None))
        self.clientLabel.setStyleSheet(QCoreApplication.translate("SaleDialog", u"font-weight: bold;", None))
        self.dateEditLabel.setText(QCoreApplication.translate("SaleDialog", u"\u0414\u0430\u0442\u0430 \u043f\u0440\u043e\u0434\u0430\u0436\u0438:", None))
        self.productEditLabel.setText(QCoreApplication.translate("SaleDialog", u"\u0422\u043e\u0432\u0430\u0440:", None))
        self.pickButton.setText(QCoreApplication.translate("SaleDialog", u"\u0412\u044b\u0431\u0440\u0430\u0442\u044c \u0438\u0437 \u043d\u043e\u043c\u0435\u043d\u043a\u043b\u0430\u0442\u0443\u0440\u044b\u2026", None))
#if QT_CONFIG(tooltip)
        self.pickButton.setToolTip(QCoreApplication.translate("SaleDialog", u"\u0412\u0437\u044f\u0442\u044c \u043d\u0430\u0438\u043c\u0435\u043d\u043e\u0432\u0430\u043d\u0438\u0435 \u0438 \u0446\u0435\u043d\u0443 \u0442\u043e\u0432\u0430\u0440\u0430 \u0438\u0437 \u043d\u043e\u043c\u0435\u043d\u043a\u043b\u0430\u0442\u0443\u0440\u044b (F4)", None))
#endif // QT_CONFIG(tooltip)
        self.quantityEditLabel.setText(QCoreApplication.translate("SaleDialog", u"\u041a\u043e\u043b\u0438\u0447\u0435\u0441\u0442\u0432\u043e:", None))
        self.amountEditLabel.setText(QCoreApplication.translate("SaleDialog", u"\u0421\u0443\u043c\u043c\u0430:", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("SaleDialog", u"0,00", None))
        self.paidEditLabel.setText(QCoreApplication.translate("SaleDialog", u"\u041e\u043f\u043b\u0430\u0447\u0435\u043d\u043e:", None))
        self.paidEdit.setPlaceholderText(QCoreApplication.translate("SaleDialog", u"0,00", None))
        self.payDateEditLabel.setText(QCoreApplication.translate("SaleDialog", u"\u0414\u0430\u0442\u0430 \u043e\u043f\u043b\u0430\u0442\u044b:", None))
        self.managerEditLabel.setText(QCoreApplication.translate("SaleDialog", u"\u041e\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043d\u043d\u044b\u0439:", None))
        self.notesEditLabel.setText(QCoreApplication.translate("SaleDialog", u"\u041f\u0440\u0438\u043c\u0435\u0447\u0430\u043d\u0438\u044f:", None))
        self.saveButton.setText(QCoreApplication.translate("SaleDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("SaleDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c, \u043d\u0435 \u0437\u0430\u043a\u0440\u044b\u0432\u0430\u044f (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

