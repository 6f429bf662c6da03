# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'selection_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SelectionDialog(object):
    def setupUi(self, SelectionDialog):
        if not SelectionDialog.objectName():
            SelectionDialog.setObjectName(u"SelectionDialog")
        SelectionDialog.resize(420, 390)
        self.mainLayout = QVBoxLayout(SelectionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(SelectionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.expenseCheck = QCheckBox(SelectionDialog)
        self.expenseCheck.setObjectName(u"expenseCheck")
        self.expenseCheck.setChecked(True)

        self.mainLayout.addWidget(self.expenseCheck)

        self.warehouseWaybillCheck = QCheckBox(SelectionDialog)
        self.warehouseWaybillCheck.setObjectName(u"warehouseWaybillCheck")

        self.mainLayout.addWidget(self.warehouseWaybillCheck)

        self.salesReceiptCheck = QCheckBox(SelectionDialog)
        self.salesReceiptCheck.setObjectName(u"salesReceiptCheck")

        self.mainLayout.addWidget(self.salesReceiptCheck)

        self.torg12Check = QCheckBox(SelectionDialog)
        self.torg12Check.setObjectName(u"torg12Check")

        self.mainLayout.addWidget(self.torg12Check)

        self.vatInvoiceCheck = QCheckBox(SelectionDialog)
        self.vatInvoiceCheck.setObjectName(u"vatInvoiceCheck")

        self.mainLayout.addWidget(self.vatInvoiceCheck)

        self.updCheck = QCheckBox(SelectionDialog)
        self.updCheck.setObjectName(u"updCheck")

        self.mainLayout.addWidget(self.updCheck)

        self.certificatesCheck = QCheckBox(SelectionDialog)
        self.certificatesCheck.setObjectName(u"certificatesCheck")

        self.mainLayout.addWidget(self.certificatesCheck)

        self.prepaymentCheck = QCheckBox(SelectionDialog)
        self.prepaymentCheck.setObjectName(u"prepaymentCheck")

        self.mainLayout.addWidget(self.prepaymentCheck)

        self.cashInCheck = QCheckBox(SelectionDialog)
        self.cashInCheck.setObjectName(u"cashInCheck")

        self.mainLayout.addWidget(self.cashInCheck)

        self.errorLabel = QLabel(SelectionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.printButton = QPushButton(SelectionDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonsLayout.addWidget(self.printButton)

        self.cancelButton = QPushButton(SelectionDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

        QWidget.setTabOrder(self.expenseCheck, self.warehouseWaybillCheck)
        QWidget.setTabOrder(self.warehouseWaybillCheck, self.salesReceiptCheck)
        QWidget.setTabOrder(self.salesReceiptCheck, self.torg12Check)
        QWidget.setTabOrder(self.torg12Check, self.vatInvoiceCheck)
        QWidget.setTabOrder(self.vatInvoiceCheck, self.updCheck)
        QWidget.setTabOrder(self.updCheck, self.certificatesCheck)
        QWidget.setTabOrder(self.certificatesCheck, self.prepaymentCheck)
        QWidget.setTabOrder(self.prepaymentCheck, self.cashInCheck)
        QWidget.setTabOrder(self.cashInCheck, self.printButton)
        QWidget.setTabOrder(self.printButton, self.cancelButton)

        self.retranslateUi(SelectionDialog)

        self.printButton.setDefault(True)

    # setupUi

    def retranslateUi(self, SelectionDialog):
        SelectionDialog.setWindowTitle(QCoreApplication.translate("SelectionDialog", u"\u041f\u043e\u0434\u0431\u043e\u0440 \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442\u043e\u0432", None))
        self.introLabel.setText(QCoreApplication.translate("SelectionDialog", u"\u041e\u0442\u043c\u0435\u0442\u044c\u0442\u0435 \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442\u044b, \u043a\u043e\u0442\u043e\u0440\u044b\u0435 \u043d\u0443\u0436\u043d\u043e \u0441\u0444\u043e\u0440\u043c\u0438\u0440\u043e\u0432\u0430\u0442\u044c \u043d\u0430 \u043e\u0441\u043d\u043e\u0432\u0430\u043d\u0438\u0438 \u0440\u0430\u0441\u0445\u043e\u0434\u043d\u043e\u0439 \u043d\u0430\u043a\u043b\u0430\u0434\u043d\u043e\u0439:", None))
        self.expenseCheck.setText(QCoreApplication.translate("SelectionDialog", u"&\u0420\u0430\u0441\u0445\u043e\u0434\u043d\u0430\u044f \u043d\u0430\u043a\u043b\u0430\u0434\u043d\u0430\u044f", None))
        self.warehouseWaybillCheck.setText(QCoreApplication.translate("SelectionDialog", u"\u0421\u043a\u043b\u0430&\u0434\u0441\u043a\u0430\u044f \u043d\u0430\u043a\u043b\u0430\u0434\u043d\u0430\u044f", None))
        self.salesReceiptCheck.setText(QCoreApplication.translate("SelectionDialog", u"&\u0422\u043e\u0432\u0430\u0440\u043d\u044b\u0439 \u0447\u0435\u043a", None))
        self.torg12Check.setText(QCoreApplication.translate("SelectionDialog", u"\u0422\u043e\u0432\u0430\u0440\u043d\u0430\u044f \u043d\u0430\u043a\u043b\u0430\u0434\u043d\u0430\u044f \u0422\u041e\u0420\u0413-&12", None))
        self.vatInvoiceCheck.setText(QCoreApplication.translate("SelectionDialog", u"\u0421\u0447&\u0451\u0442-\u0444\u0430\u043a\u0442\u0443\u0440\u0430", None))
        self.updCheck.setText(QCoreApplication.translate("SelectionDialog", u"&\u0423\u041f\u0414 (\u0441\u0447\u0451\u0442-\u0444\u0430\u043a\u0442\u0443\u0440\u0430)", None))
        self.certificatesCheck.setText(QCoreApplication.translate("SelectionDialog", u"&\u0421\u0432\u0435\u0434\u0435\u043d\u0438\u044f \u043e \u0441\u0435\u0440\u0442\u0438\u0444\u0438\u043a\u0430\u0442\u0430\u0445", None))
        self.prepaymentCheck.setText(QCoreApplication.translate("SelectionDialog", u"\u0421\u0447\u0451\u0442 \u043d\u0430 \u043f\u0440\u0435\u0434&\u043e\u043f\u043b\u0430\u0442\u0443", None))
        self.cashInCheck.setText(QCoreApplication.translate("SelectionDialog", u"&\u041f\u0440\u0438\u0445\u043e\u0434\u043d\u044b\u0439 \u043a\u0430\u0441\u0441\u043e\u0432\u044b\u0439 \u043e\u0440\u0434\u0435\u0440 (\u041f\u041a\u041e)", None))
        self.errorLabel.setStyleSheet(QCoreApplication.translate("SelectionDialog", u"color: #c62828;", None))
        self.printButton.setText(QCoreApplication.translate("SelectionDialog", u"\u041f\u0435\u0447\u0430\u0442\u044c", None))
        self.cancelButton.setText(QCoreApplication.translate("SelectionDialog", u"\u041e\u0442\u043c\u0435\u043d\u0430", None))
    # retranslateUi

