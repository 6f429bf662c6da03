# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'supplier_order_window.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

from crm_desktop.ui.widgets.date_edit import DateEdit

class Ui_SupplierOrderWindow(object):
    def setupUi(self, SupplierOrderWindow):
        if not SupplierOrderWindow.objectName():
            SupplierOrderWindow.setObjectName(u"SupplierOrderWindow")
        SupplierOrderWindow.resize(1280, 650)
        self.mainLayout = QVBoxLayout(SupplierOrderWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.stepOneLabel = QLabel(SupplierOrderWindow)
        self.stepOneLabel.setObjectName(u"stepOneLabel")

        self.periodLayout.addWidget(self.stepOneLabel)

        self.dateFromEdit = DateEdit(SupplierOrderWindow)
        self.dateFromEdit.setObjectName(u"dateFromEdit")

        self.periodLayout.addWidget(self.dateFromEdit)

        self.dateToLabel = QLabel(SupplierOrderWindow)
        self.dateToLabel.setObjectName(u"dateToLabel")

        self.periodLayout.addWidget(self.dateToLabel)

        self.dateToEdit = DateEdit(SupplierOrderWindow)
        self.dateToEdit.setObjectName(u"dateToEdit")

        self.periodLayout.addWidget(self.dateToEdit)

        self.findButton = QPushButton(SupplierOrderWindow)
        self.findButton.setObjectName(u"findButton")

        self.periodLayout.addWidget(self.findButton)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.mainLayout.addLayout(self.periodLayout)

        self.splitter = QSplitter(SupplierOrderWindow)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.suppliersPane = QWidget(self.splitter)
        self.suppliersPane.setObjectName(u"suppliersPane")
        self.suppliersLayout = QVBoxLayout(self.suppliersPane)
        self.suppliersLayout.setObjectName(u"suppliersLayout")
        self.suppliersLayout.setContentsMargins(0, 0, 0, 0)
        self.stepTwoLabel = QLabel(self.suppliersPane)
        self.stepTwoLabel.setObjectName(u"stepTwoLabel")

        self.suppliersLayout.addWidget(self.stepTwoLabel)

        self.suppliersList = QListWidget(self.suppliersPane)
        self.suppliersList.setObjectName(u"suppliersList")
        self.suppliersList.setMinimumSize(QSize(220, 0))

        self.suppliersLayout.addWidget(self.suppliersList)

        self.analyseButton = QPushButton(self.suppliersPane)
        self.analyseButton.setObjectName(u"analyseButton")

        self.suppliersLayout.addWidget(self.analyseButton)

        self.splitter.addWidget(self.suppliersPane)
        self.linesView = QTableView(self.splitter)
        self.linesView.setObjectName(u"linesView")
        self.linesView.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.linesView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.linesView.setAlternatingRowColors(True)
        self.splitter.addWidget(self.linesView)

        self.mainLayout.addWidget(self.splitter)

        self.totalsLabel = QLabel(SupplierOrderWindow)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.mainLayout.addWidget(self.totalsLabel)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.entityLabel = QLabel(SupplierOrderWindow)
        self.entityLabel.setObjectName(u"entityLabel")

        self.bottomLayout.addWidget(self.entityLabel)

        self.entityCombo = QComboBox(SupplierOrderWindow)
        self.entityCombo.setObjectName(u"entityCombo")
        self.entityCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.bottomLayout.addWidget(self.entityCombo)

        self.printButton = QPushButton(SupplierOrderWindow)
        self.printButton.setObjectName(u"printButton")

        self.bottomLayout.addWidget(self.printButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.closeButton = QPushButton(SupplierOrderWindow)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.bottomLayout)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.stepOneLabel.setBuddy(self.dateFromEdit)
        self.dateToLabel.setBuddy(self.dateToEdit)
        self.stepTwoLabel.setBuddy(self.suppliersList)
        self.entityLabel.setBuddy(self.entityCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateFromEdit, self.dateToEdit)
        QWidget.setTabOrder(self.dateToEdit, self.findButton)
        QWidget.setTabOrder(self.findButton, self.suppliersList)
        QWidget.setTabOrder(self.suppliersList, self.analyseButton)
        QWidget.setTabOrder(self.analyseButton, self.linesView)
        QWidget.setTabOrder(self.linesView, self.entityCombo)
        QWidget.setTabOrder(self.entityCombo, self.printButton)
        QWidget.setTabOrder(self.printButton, self.closeButton)

        self.retranslateUi(SupplierOrderWindow)
    # setupUi

    def retranslateUi(self, SupplierOrderWindow):
        SupplierOrderWindow.setWindowTitle(QCoreApplication.translate("SupplierOrderWindow", u"\u0417\u0430\u044f\u0432\u043a\u0430 \u043f\u043e\u0441\u0442\u0430\u0432\u0449\u0438\u043a\u0443", None))
        self.stepOneLabel.setText(QCoreApplication.translate("SupplierOrderWindow", u"1. \u041f\u0435\u0440\u0438\u043e\u0434 \u0430\u043d\u0430\u043b\u0438\u0437\u0430 \u043f\u0440\u043e\u0434\u0430\u0436 &\u0441", None))
        self.dateToLabel.setText(QCoreApplication.translate("SupplierOrderWindow", u"&\u043f\u043e", None))
        self.findButton.setText(QCoreApplication.translate("SupplierOrderWindow", u"\u041d\u0430\u0439\u0442\u0438 &\u043f\u043e\u0441\u0442\u0430\u0432\u0449\u0438\u043a\u043e\u0432", None))
#if QT_CONFIG(tooltip)
        self.findButton.setToolTip(QCoreApplication.translate("SupplierOrderWindow", u"\u041f\u043e\u0441\u0442\u0430\u0432\u0449\u0438\u043a\u0438 \u043f\u0440\u043e\u0432\u0435\u0434\u0451\u043d\u043d\u044b\u0445 \u043f\u0440\u0438\u0445\u043e\u0434\u043d\u044b\u0445 \u043d\u0430\u043a\u043b\u0430\u0434\u043d\u044b\u0445 \u043f\u0435\u0440\u0438\u043e\u0434\u0430", None))
#endif // QT_CONFIG(tooltip)
        self.stepTwoLabel.setText(QCoreApplication.translate("SupplierOrderWindow", u"2. &\u041e\u0442\u043c\u0435\u0442\u044c\u0442\u0435 \u043f\u043e\u0441\u0442\u0430\u0432\u0449\u0438\u043a\u043e\u0432 (\u043f\u0440\u043e\u0431\u0435\u043b):", None))
        self.analyseButton.setText(QCoreApplication.translate("SupplierOrderWindow", u"3. &\u041d\u0430\u0447\u0430\u0442\u044c \u0430\u043d\u0430\u043b\u0438\u0437", None))
#if QT_CONFIG(tooltip)
        self.analyseButton.setToolTip(QCoreApplication.translate("SupplierOrderWindow", u"\u0422\u043e\u0432\u0430\u0440\u044b, \u0437\u0430\u043a\u0443\u043f\u043b\u0435\u043d\u043d\u044b\u0435 \u0443 \u043e\u0442\u043c\u0435\u0447\u0435\u043d\u043d\u044b\u0445 \u043f\u043e\u0441\u0442\u0430\u0432\u0449\u0438\u043a\u043e\u0432 \u0437\u0430 \u043f\u0435\u0440\u0438\u043e\u0434: \u0446\u0435\u043d\u0430 \u0437\u0430\u043a\u0443\u043f\u043a\u0438, \u043e\u0441\u0442\u0430\u0442\u043e\u043a, \u0440\u0430\u0441\u0445\u043e\u0434 (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.totalsLabel.setStyleSheet(QCoreApplication.translate("SupplierOrderWindow", u"font-weight: bold;", None))
        self.entityLabel.setText(QCoreApplication.translate("SupplierOrderWindow", u"&\u042e\u0440. \u043b\u0438\u0446\u043e, \u043e\u0442 \u043a\u043e\u0442\u043e\u0440\u043e\u0433\u043e \u0437\u0430\u043a\u0430\u0437:", None))
        self.printButton.setText(QCoreApplication.translate("SupplierOrderWindow", u"\u041f\u0435\u0447\u0430\u0442\u043d\u0430\u044f &\u0444\u043e\u0440\u043c\u0430", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("SupplierOrderWindow", u"\u0411\u043b\u0430\u043d\u043a \u0437\u0430\u043a\u0430\u0437\u0430 \u043f\u043e \u043a\u0430\u0436\u0434\u043e\u043c\u0443 \u043f\u043e\u0441\u0442\u0430\u0432\u0449\u0438\u043a\u0443 \u0432 PDF (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("SupplierOrderWindow", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("SupplierOrderWindow", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c (Esc)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

