# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QTableWidget, QTableWidgetItem,
    QToolButton, QVBoxLayout, QWidget)

from crm_desktop.ui.widgets.date_edit import DateEdit

class Ui_DocumentDialog(object):
    def setupUi(self, DocumentDialog):
        if not DocumentDialog.objectName():
            DocumentDialog.setObjectName(u"DocumentDialog")
        DocumentDialog.resize(1000, 700)
        self.mainLayout = QVBoxLayout(DocumentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QGridLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.clientLabel = QLabel(DocumentDialog)
        self.clientLabel.setObjectName(u"clientLabel")

        self.headerLayout.addWidget(self.clientLabel, 0, 0, 1, 1)

        self.clientEdit = QLineEdit(DocumentDialog)
        self.clientEdit.setObjectName(u"clientEdit")
        self.clientEdit.setReadOnly(True)

        self.headerLayout.addWidget(self.clientEdit, 0, 1, 1, 1)

        self.numberLabel = QLabel(DocumentDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.headerLayout.addWidget(self.numberLabel, 0, 2, 1, 1)

        self.numberEdit = QLineEdit(DocumentDialog)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setReadOnly(True)

        self.headerLayout.addWidget(self.numberEdit, 0, 3, 1, 1)

        self.entityLabel = QLabel(DocumentDialog)
        self.entityLabel.setObjectName(u"entityLabel")

        self.headerLayout.addWidget(self.entityLabel, 1, 0, 1, 1)

        self.entityCombo = QComboBox(DocumentDialog)
        self.entityCombo.setObjectName(u"entityCombo")

        self.headerLayout.addWidget(self.entityCombo, 1, 1, 1, 1)

        self.dateLabel = QLabel(DocumentDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.headerLayout.addWidget(self.dateLabel, 1, 2, 1, 1)

        self.dateEdit = DateEdit(DocumentDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.headerLayout.addWidget(self.dateEdit, 1, 3, 1, 1)

        self.accountLabel = QLabel(DocumentDialog)
        self.accountLabel.setObjectName(u"accountLabel")

        self.headerLayout.addWidget(self.accountLabel, 2, 0, 1, 1)

        self.accountCombo = QComboBox(DocumentDialog)
        self.accountCombo.setObjectName(u"accountCombo")

        self.headerLayout.addWidget(self.accountCombo, 2, 1, 1, 1)

        self.dueDateLabel = QLabel(DocumentDialog)
        self.dueDateLabel.setObjectName(u"dueDateLabel")

        self.headerLayout.addWidget(self.dueDateLabel, 2, 2, 1, 1)

        self.dueDateEdit = DateEdit(DocumentDialog)
        self.dueDateEdit.setObjectName(u"dueDateEdit")

        self.headerLayout.addWidget(self.dueDateEdit, 2, 3, 1, 1)

        self.attentionLabel = QLabel(DocumentDialog)
        self.attentionLabel.setObjectName(u"attentionLabel")

        self.headerLayout.addWidget(self.attentionLabel, 3, 0, 1, 1)

        self.attentionEdit = QLineEdit(DocumentDialog)
        self.attentionEdit.setObjectName(u"attentionEdit")
        self.attentionEdit.setMaxLength(250)

        self.headerLayout.addWidget(self.attentionEdit, 3, 1, 1, 1)

        self.vatModeLabel = QLabel(DocumentDialog)
        self.vatModeLabel.setObjectName(u"vatModeLabel")

        self.headerLayout.addWidget(self.vatModeLabel, 3, 2, 1, 1)

        self.vatModeCombo = QComboBox(DocumentDialog)
        self.vatModeCombo.setObjectName(u"vatModeCombo")

        self.headerLayout.addWidget(self.vatModeCombo, 3, 3, 1, 1)

        self.paymentDocLabel = QLabel(DocumentDialog)
        self.paymentDocLabel.setObjectName(u"paymentDocLabel")

        self.headerLayout.addWidget(self.paymentDocLabel, 4, 0, 1, 1)

        self.paymentDocEdit = QLineEdit(DocumentDialog)
        self.paymentDocEdit.setObjectName(u"paymentDocEdit")
        self.paymentDocEdit.setMaxLength(100)

        self.headerLayout.addWidget(self.paymentDocEdit, 4, 1, 1, 1)

        self.discountLabel = QLabel(DocumentDialog)
        self.discountLabel.setObjectName(u"discountLabel")

        self.headerLayout.addWidget(self.discountLabel, 4, 2, 1, 1)

        self.discountEdit = QLineEdit(DocumentDialog)
        self.discountEdit.setObjectName(u"discountEdit")

        self.headerLayout.addWidget(self.discountEdit, 4, 3, 1, 1)

        self.warehouseLabel = QLabel(DocumentDialog)
        self.warehouseLabel.setObjectName(u"warehouseLabel")

        self.headerLayout.addWidget(self.warehouseLabel, 5, 0, 1, 1)

        self.warehouseCombo = QComboBox(DocumentDialog)
        self.warehouseCombo.setObjectName(u"warehouseCombo")

        self.headerLayout.addWidget(self.warehouseCombo, 5, 1, 1, 1)

        self.statusLabel = QLabel(DocumentDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.headerLayout.addWidget(self.statusLabel, 5, 2, 1, 1)

        self.statusCombo = QComboBox(DocumentDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.headerLayout.addWidget(self.statusCombo, 5, 3, 1, 1)

        self.notesLabel = QLabel(DocumentDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.headerLayout.addWidget(self.notesLabel, 6, 0, 1, 1)

        self.notesEdit = QLineEdit(DocumentDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.headerLayout.addWidget(self.notesEdit, 6, 1, 1, 3)

        self.headerLayout.setColumnStretch(1, 3)
        self.headerLayout.setColumnStretch(3, 2)

        self.mainLayout.addLayout(self.headerLayout)

        self.bannerLabel = QLabel(DocumentDialog)
        self.bannerLabel.setObjectName(u"bannerLabel")
        self.bannerLabel.setAlignment(Qt.AlignCenter)

        self.mainLayout.addWidget(self.bannerLabel)

        self.tabs = QTabWidget(DocumentDialog)
        self.tabs.setObjectName(u"tabs")
        self.linesTab = QWidget()
        self.linesTab.setObjectName(u"linesTab")
        self.linesLayout = QVBoxLayout(self.linesTab)
        self.linesLayout.setObjectName(u"linesLayout")
        self.linesToolbar = QHBoxLayout()
        self.linesToolbar.setObjectName(u"linesToolbar")
        self.addLineButton = QPushButton(self.linesTab)
        self.addLineButton.setObjectName(u"addLineButton")

        self.linesToolbar.addWidget(self.addLineButton)

        self.deleteLineButton = QPushButton(self.linesTab)
        self.deleteLineButton.setObjectName(u"deleteLineButton")

        self.linesToolbar.addWidget(self.deleteLineButton)

        self.refreshButton = QPushButton(self.linesTab)
        self.refreshButton.setObjectName(u"refreshButton")

        self.linesToolbar.addWidget(self.refreshButton)

        self.checkStockButton = QPushButton(self.linesTab)
        self.checkStockButton.setObjectName(u"checkStockButton")

        self.linesToolbar.addWidget(self.checkStockButton)

        self.linesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.linesToolbar.addItem(self.linesSpacer)


        self.linesLayout.addLayout(self.linesToolbar)

        self.linesView = QTableView(self.linesTab)
        self.linesView.setObjectName(u"linesView")
        self.linesView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.linesView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.linesView.setAlternatingRowColors(True)
        self.linesView.setContextMenuPolicy(Qt.ActionsContextMenu)

        self.linesLayout.addWidget(self.linesView)

        self.stockLabel = QLabel(self.linesTab)
        self.stockLabel.setObjectName(u"stockLabel")
        self.stockLabel.setWordWrap(True)

        self.linesLayout.addWidget(self.stockLabel)

        self.totalsLabel = QLabel(self.linesTab)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.linesLayout.addWidget(self.totalsLabel)

        self.tabs.addTab(self.linesTab, "")
        self.paymentsTab = QWidget()
        self.paymentsTab.setObjectName(u"paymentsTab")
        self.paymentsLayout = QVBoxLayout(self.paymentsTab)
        self.paymentsLayout.setObjectName(u"paymentsLayout")
        self.settlementLabel = QLabel(self.paymentsTab)
        self.settlementLabel.setObjectName(u"settlementLabel")

        self.paymentsLayout.addWidget(self.settlementLabel)

        self.paymentsToolbar = QHBoxLayout()
        self.paymentsToolbar.setObjectName(u"paymentsToolbar")
        self.addPaymentButton = QPushButton(self.paymentsTab)
        self.addPaymentButton.setObjectName(u"addPaymentButton")

        self.paymentsToolbar.addWidget(self.addPaymentButton)

        self.editPaymentButton = QPushButton(self.paymentsTab)
        self.editPaymentButton.setObjectName(u"editPaymentButton")

        self.paymentsToolbar.addWidget(self.editPaymentButton)

        self.deletePaymentButton = QPushButton(self.paymentsTab)
        self.deletePaymentButton.setObjectName(u"deletePaymentButton")

        self.paymentsToolbar.addWidget(self.deletePaymentButton)

        self.paymentsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.paymentsToolbar.addItem(self.paymentsSpacer)


        self.paymentsLayout.addLayout(self.paymentsToolbar)

        self.paymentsView = QTableWidget(self.paymentsTab)
        self.paymentsView.setObjectName(u"paymentsView")
        self.paymentsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.paymentsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.paymentsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.paymentsView.setContextMenuPolicy(Qt.ActionsContextMenu)

        self.paymentsLayout.addWidget(self.paymentsView)

        self.tabs.addTab(self.paymentsTab, "")
        self.orderDocsTab = QWidget()
        self.orderDocsTab.setObjectName(u"orderDocsTab")
        self.orderDocsLayout = QVBoxLayout(self.orderDocsTab)
        self.orderDocsLayout.setObjectName(u"orderDocsLayout")
        self.orderDocsLabel = QLabel(self.orderDocsTab)
        self.orderDocsLabel.setObjectName(u"orderDocsLabel")
        self.orderDocsLabel.setWordWrap(True)

        self.orderDocsLayout.addWidget(self.orderDocsLabel)

        self.orderDocsView = QTableWidget(self.orderDocsTab)
        self.orderDocsView.setObjectName(u"orderDocsView")
        self.orderDocsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.orderDocsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.orderDocsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.orderDocsView.setContextMenuPolicy(Qt.ActionsContextMenu)

        self.orderDocsLayout.addWidget(self.orderDocsView)

        self.tabs.addTab(self.orderDocsTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.printButton = QPushButton(DocumentDialog)
        self.printButton.setObjectName(u"printButton")

        self.bottomLayout.addWidget(self.printButton)

        self.basedOnButton = QToolButton(DocumentDialog)
        self.basedOnButton.setObjectName(u"basedOnButton")
        self.basedOnButton.setPopupMode(QToolButton.InstantPopup)

        self.bottomLayout.addWidget(self.basedOnButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.saveButton = QPushButton(DocumentDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.bottomLayout.addWidget(self.saveButton)

        self.okButton = QPushButton(DocumentDialog)
        self.okButton.setObjectName(u"okButton")
        self.okButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.okButton)

        self.closeButton = QPushButton(DocumentDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.clientLabel.setBuddy(self.clientEdit)
        self.numberLabel.setBuddy(self.numberEdit)
        self.entityLabel.setBuddy(self.entityCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.accountLabel.setBuddy(self.accountCombo)
        self.dueDateLabel.setBuddy(self.dueDateEdit)
        self.attentionLabel.setBuddy(self.attentionEdit)
        self.vatModeLabel.setBuddy(self.vatModeCombo)
        self.paymentDocLabel.setBuddy(self.paymentDocEdit)
        self.discountLabel.setBuddy(self.discountEdit)
        self.warehouseLabel.setBuddy(self.warehouseCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DocumentDialog)
    # setupUi

    def retranslateUi(self, DocumentDialog):
        DocumentDialog.setWindowTitle(QCoreApplication.translate("DocumentDialog", u"\u0421\u0447\u0451\u0442", None))
        self.clientLabel.setText(QCoreApplication.translate("DocumentDialog", u"\u041a\u043b\u0438\u0435\u043d\u0442:", None))
        self.numberLabel.setText(QCoreApplication.translate("DocumentDialog", u"\u041d\u043e\u043c\u0435\u0440:", None))
        self.entityLabel.setText(QCoreApplication.translate("DocumentDialog", u"\u041f\u043e\u043b\u0443\u0447\u0430\u0442\u0435\u043b\u044c:", None))
        self.dateLabel.setText(QCoreApplication.translate("DocumentDialog", u"\u0414\u0430\u0442\u0430:", None))
        self.accountLabel.setText(QCoreApplication.translate("DocumentDialog", u"\u0420\u0430\u0441\u0447. \u0441\u0447\u0451\u0442:", None))
        self.dueDateLabel.setText(QCoreApplication.translate("DocumentDialog", u"\u0421\u0440\u043e\u043a \u043e\u043f\u043b\u0430\u0442\u044b:", None))
        self.attentionLabel.setText(QCoreApplication.translate("DocumentDialog", u"\u0412\u043d\u0438\u043c\u0430\u043d\u0438\u044e:", None))
        self.vatModeLabel.setText(QCoreApplication.translate("DocumentDialog", u"\u041d\u0414\u0421:", None))
        self.paymentDocLabel.setText(QCoreApplication.translate("DocumentDialog", u"\u041a \u043f\u043b\u0430\u0442\u0451\u0436\u043d\u043e-\u0440\u0430\u0441\u0447\u0451\u0442\u043d\u043e\u043c\u0443 \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442\u0443:", None))
        self.discountLabel.setText(QCoreApplication.translate("DocumentDialog", u"\u0421\u043a\u0438\u0434\u043a\u0430, %:", None))
        self.discountEdit.setPlaceholderText(QCoreApplication.translate("DocumentDialog", u"\u043d\u0435\u0442", None))
#if QT_CONFIG(tooltip)
        self.discountEdit.setToolTip(QCoreApplication.translate("DocumentDialog", u"\u041e\u043f\u0435\u0440\u0430\u0442\u0438\u0432\u043d\u0430\u044f \u0441\u043a\u0438\u0434\u043a\u0430 \u043d\u0430 \u0432\u0435\u0441\u044c \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442; \u043f\u0443\u0441\u0442\u043e \u2014 \u0431\u0435\u0437 \u0441\u043a\u0438\u0434\u043a\u0438. \u041f\u0440\u0438\u043c\u0435\u043d\u044f\u0435\u0442\u0441\u044f \u043a\u043d\u043e\u043f\u043a\u043e\u0439 \u00ab\u041e\u0431\u043d\u043e\u0432\u0438\u0442\u044c\u00bb (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.warehouseLabel.setText(QCoreApplication.translate("DocumentDialog", u"\u0421\u043a\u043b\u0430\u0434:", None))
#if QT_CONFIG(tooltip)
        self.warehouseCombo.setToolTip(QCoreApplication.translate("DocumentDialog", u"\u0421\u043a\u043b\u0430\u0434, \u0441 \u043a\u043e\u0442\u043e\u0440\u043e\u0433\u043e \u043e\u0442\u0433\u0440\u0443\u0436\u0430\u0435\u0442\u0441\u044f \u0437\u0430\u043a\u0430\u0437: \u043f\u043e \u043d\u0435\u043c\u0443 \u043f\u0440\u043e\u0432\u0435\u0440\u044f\u0435\u0442\u0441\u044f \u043d\u0430\u043b\u0438\u0447\u0438\u0435 \u0442\u043e\u0432\u0430\u0440\u0430", None))
#endif // QT_CONFIG(tooltip)
        self.statusLabel.setText(QCoreApplication.translate("DocumentDialog", u"\u0421\u0442\u0430\u0442\u0443\u0441:", None))
        self.notesLabel.setText(QCoreApplication.translate("DocumentDialog", u"\u041f\u0440\u0438\u043c\u0435\u0447\u0430\u043d\u0438\u0435:", None))
        self.bannerLabel.setText(QCoreApplication.translate("DocumentDialog", u"\u0414\u0415\u0419\u0421\u0422\u0412\u0423\u0415\u0422 \u0421\u041f\u0415\u0426\u041f\u0420\u0415\u0414\u041b\u041e\u0416\u0415\u041d\u0418\u0415", None))
        self.bannerLabel.setStyleSheet(QCoreApplication.translate("DocumentDialog", u"background-color: #1f4e9c; color: white; font-weight: bold; padding: 4px;", None))
#if QT_CONFIG(tooltip)
        self.bannerLabel.setToolTip(QCoreApplication.translate("DocumentDialog", u"\u0426\u0435\u043d\u044b \u0438 \u0441\u043a\u0438\u0434\u043a\u0438 \u0437\u0430\u0434\u0430\u043d\u044b \u0441\u043f\u0435\u0446\u043f\u0440\u0435\u0434\u043b\u043e\u0436\u0435\u043d\u0438\u0435\u043c \u043a\u043b\u0438\u0435\u043d\u0442\u0430: \u043c\u0435\u043d\u044f\u0435\u0442\u0441\u044f \u0442\u043e\u043b\u044c\u043a\u043e \u043a\u043e\u043b\u0438\u0447\u0435\u0441\u0442\u0432\u043e", None))
#endif // QT_CONFIG(tooltip)
        self.addLineButton.setText(QCoreApplication.translate("DocumentDialog", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c\u2026", None))
#if QT_CONFIG(tooltip)
        self.addLineButton.setToolTip(QCoreApplication.translate("DocumentDialog", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u043f\u043e\u0437\u0438\u0446\u0438\u044e \u0438\u0437 \u043d\u043e\u043c\u0435\u043d\u043a\u043b\u0430\u0442\u0443\u0440\u044b (Ins)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteLineButton.setText(QCoreApplication.translate("DocumentDialog", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.deleteLineButton.setToolTip(QCoreApplication.translate("DocumentDialog", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c \u0442\u0435\u043a\u0443\u0449\u0443\u044e \u043f\u043e\u0437\u0438\u0446\u0438\u044e (Del)", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("DocumentDialog", u"\u041e\u0431\u043d\u043e\u0432\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("DocumentDialog", u"\u041f\u0435\u0440\u0435\u0441\u0447\u0438\u0442\u0430\u0442\u044c \u0446\u0435\u043d\u044b \u043f\u043e \u0441\u043f\u0435\u0446\u043f\u0440\u0435\u0434\u043b\u043e\u0436\u0435\u043d\u0438\u044e, \u0441\u0438\u0441\u0442\u0435\u043c\u0435 \u0441\u043a\u0438\u0434\u043e\u043a \u0438\u043b\u0438 \u043e\u043f\u0435\u0440\u0430\u0442\u0438\u0432\u043d\u043e\u0439 \u0441\u043a\u0438\u0434\u043a\u0435 (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.checkStockButton.setText(QCoreApplication.translate("DocumentDialog", u"\u041f\u0440\u043e\u0432\u0435\u0440\u0438\u0442\u044c \u043d\u0430\u043b\u0438\u0447\u0438\u0435", None))
#if QT_CONFIG(tooltip)
        self.checkStockButton.setToolTip(QCoreApplication.translate("DocumentDialog", u"\u041f\u0440\u043e\u0447\u0438\u0442\u0430\u0442\u044c \u043e\u0441\u0442\u0430\u0442\u043a\u0438 \u0441\u043a\u043b\u0430\u0434\u0430 \u0437\u0430\u043a\u0430\u0437\u0430 \u0437\u0430\u043d\u043e\u0432\u043e \u0438 \u043e\u0442\u043c\u0435\u0442\u0438\u0442\u044c \u043f\u043e\u0437\u0438\u0446\u0438\u0438, \u043a\u043e\u0442\u043e\u0440\u044b\u0445 \u043d\u0435 \u0445\u0432\u0430\u0442\u0430\u0435\u0442 (F9)", None))
#endif // QT_CONFIG(tooltip)
        self.totalsLabel.setStyleSheet(QCoreApplication.translate("DocumentDialog", u"font-weight: bold;", None))
        self.tabs.setTabText(self.tabs.indexOf(self.linesTab), QCoreApplication.translate("DocumentDialog", u"\u041f\u043e\u0437\u0438\u0446\u0438\u0438", None))
        self.settlementLabel.setStyleSheet(QCoreApplication.translate("DocumentDialog", u"font-weight: bold;", None))
        self.addPaymentButton.setText(QCoreApplication.translate("DocumentDialog", u"\u0412\u0432\u0435\u0441\u0442\u0438 \u043d\u043e\u0432\u0443\u044e \u043e\u043f\u043b\u0430\u0442\u0443\u2026", None))
#if QT_CONFIG(tooltip)
        self.addPaymentButton.setToolTip(QCoreApplication.translate("DocumentDialog", u"\u0412\u0432\u0435\u0441\u0442\u0438 \u043d\u043e\u0432\u0443\u044e \u043e\u043f\u043b\u0430\u0442\u0443 \u0441\u0447\u0451\u0442\u0430 (Ins)", None))
#endif // QT_CONFIG(tooltip)
        self.editPaymentButton.setText(QCoreApplication.translate("DocumentDialog", u"\u0418\u0437\u043c\u0435\u043d\u0438\u0442\u044c\u2026", None))
#if QT_CONFIG(tooltip)
        self.editPaymentButton.setToolTip(QCoreApplication.translate("DocumentDialog", u"\u0418\u0437\u043c\u0435\u043d\u0438\u0442\u044c \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u0443\u044e \u043e\u043f\u043b\u0430\u0442\u0443 (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.deletePaymentButton.setText(QCoreApplication.translate("DocumentDialog", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.deletePaymentButton.setToolTip(QCoreApplication.translate("DocumentDialog", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u0443\u044e \u043e\u043f\u043b\u0430\u0442\u0443 (Del)", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.paymentsTab), QCoreApplication.translate("DocumentDialog", u"\u041f\u043b\u0430\u0442\u0435\u0436\u0438", None))
#if QT_CONFIG(tooltip)
        self.orderDocsView.setToolTip(QCoreApplication.translate("DocumentDialog", u"\u0414\u043e\u043a\u0443\u043c\u0435\u043d\u0442\u044b, \u0432\u0432\u0435\u0434\u0451\u043d\u043d\u044b\u0435 \u043d\u0430 \u043e\u0441\u043d\u043e\u0432\u0430\u043d\u0438\u0438 \u0437\u0430\u043a\u0430\u0437\u0430: Enter \u0438\u043b\u0438 \u0434\u0432\u043e\u0439\u043d\u043e\u0439 \u0449\u0435\u043b\u0447\u043e\u043a \u043e\u0442\u043a\u0440\u044b\u0432\u0430\u0435\u0442 \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.orderDocsTab), QCoreApplication.translate("DocumentDialog", u"\u0414\u043e\u043a\u0443\u043c\u0435\u043d\u0442\u044b \u0437\u0430\u043a\u0430\u0437\u0430", None))
        self.printButton.setText(QCoreApplication.translate("DocumentDialog", u"\u041f\u0435\u0447\u0430\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("DocumentDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c \u043f\u0440\u0438 \u043d\u0435\u043e\u0431\u0445\u043e\u0434\u0438\u043c\u043e\u0441\u0442\u0438 \u0438 \u043e\u0442\u043a\u0440\u044b\u0442\u044c \u043f\u0435\u0447\u0430\u0442\u043d\u0443\u044e \u0444\u043e\u0440\u043c\u0443 \u0432 PDF (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.basedOnButton.setText(QCoreApplication.translate("DocumentDialog", u"\u0412\u0432\u0435\u0441\u0442\u0438 \u043d\u0430 \u043e\u0441\u043d\u043e\u0432\u0430\u043d\u0438\u0438", None))
        self.saveButton.setText(QCoreApplication.translate("DocumentDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("DocumentDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c, \u043d\u0435 \u0437\u0430\u043a\u0440\u044b\u0432\u0430\u044f (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.okButton.setText(QCoreApplication.translate("DocumentDialog", u"OK", None))
#if QT_CONFIG(tooltip)
        self.okButton.setToolTip(QCoreApplication.translate("DocumentDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c \u0438 \u0437\u0430\u043a\u0440\u044b\u0442\u044c (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("DocumentDialog", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("DocumentDialog", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c (Esc)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

