# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stock_window.ui'
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
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

from crm_desktop.ui.widgets.date_edit import DateEdit

class Ui_StockWindow(object):
    def setupUi(self, StockWindow):
        if not StockWindow.objectName():
            StockWindow.setObjectName(u"StockWindow")
        StockWindow.resize(940, 600)
        self.mainLayout = QVBoxLayout(StockWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filtersLayout = QHBoxLayout()
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.dateLabel = QLabel(StockWindow)
        self.dateLabel.setObjectName(u"dateLabel")

        self.filtersLayout.addWidget(self.dateLabel)

        self.dateEdit = DateEdit(StockWindow)
        self.dateEdit.setObjectName(u"dateEdit")

        self.filtersLayout.addWidget(self.dateEdit)

        self.dateSpacer = QSpacerItem(12, 1, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filtersLayout.addItem(self.dateSpacer)

        self.warehouseLabel = QLabel(StockWindow)
        self.warehouseLabel.setObjectName(u"warehouseLabel")

        self.filtersLayout.addWidget(self.warehouseLabel)

        self.warehouseCombo = QComboBox(StockWindow)
        self.warehouseCombo.setObjectName(u"warehouseCombo")
        self.warehouseCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filtersLayout.addWidget(self.warehouseCombo)

        self.warehouseSpacer = QSpacerItem(12, 1, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filtersLayout.addItem(self.warehouseSpacer)

        self.entityLabel = QLabel(StockWindow)
        self.entityLabel.setObjectName(u"entityLabel")

        self.filtersLayout.addWidget(self.entityLabel)

        self.entityCombo = QComboBox(StockWindow)
        self.entityCombo.setObjectName(u"entityCombo")
        self.entityCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filtersLayout.addWidget(self.entityCombo)

        self.applyButton = QPushButton(StockWindow)
        self.applyButton.setObjectName(u"applyButton")

        self.filtersLayout.addWidget(self.applyButton)

        self.filtersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filtersLayout.addItem(self.filtersSpacer)


        self.mainLayout.addLayout(self.filtersLayout)

        self.table = QTableView(StockWindow)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.mainLayout.addWidget(self.table)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.summaryLabel = QLabel(StockWindow)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.bottomLayout.addWidget(self.summaryLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.journalButton = QPushButton(StockWindow)
        self.journalButton.setObjectName(u"journalButton")
        self.journalButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.journalButton)


        self.mainLayout.addLayout(self.bottomLayout)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.warehouseLabel.setBuddy(self.warehouseCombo)
        self.entityLabel.setBuddy(self.entityCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.warehouseCombo)
        QWidget.setTabOrder(self.warehouseCombo, self.entityCombo)
        QWidget.setTabOrder(self.entityCombo, self.applyButton)
        QWidget.setTabOrder(self.applyButton, self.table)

        self.retranslateUi(StockWindow)

        self.applyButton.setDefault(True)

    # setupUi

    def retranslateUi(self, StockWindow):
        StockWindow.setWindowTitle(QCoreApplication.translate("StockWindow", u"\u0421\u043a\u043b\u0430\u0434\u0441\u043a\u0438\u0435 \u043e\u0441\u0442\u0430\u0442\u043a\u0438", None))
        self.dateLabel.setText(QCoreApplication.translate("StockWindow", u"\u041d\u0430 &\u0434\u0430\u0442\u0443", None))
#if QT_CONFIG(tooltip)
        self.dateEdit.setToolTip(QCoreApplication.translate("StockWindow", u"\u041e\u0441\u0442\u0430\u0442\u043a\u0438 \u043d\u0430 \u043a\u043e\u043d\u0435\u0446 \u044d\u0442\u043e\u0433\u043e \u0434\u043d\u044f; \u043f\u0443\u0441\u0442\u043e \u2014 \u043d\u0430 \u0442\u0435\u043a\u0443\u0449\u0438\u0439 \u043c\u043e\u043c\u0435\u043d\u0442", None))
#endif // QT_CONFIG(tooltip)
        self.warehouseLabel.setText(QCoreApplication.translate("StockWindow", u"\u0421&\u043a\u043b\u0430\u0434", None))
        self.entityLabel.setText(QCoreApplication.translate("StockWindow", u"&\u042e\u0440. \u043b\u0438\u0446\u043e", None))
        self.applyButton.setText(QCoreApplication.translate("StockWindow", u"&\u041f\u0440\u0438\u043c\u0435\u043d\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.table.setToolTip(QCoreApplication.translate("StockWindow", u"Enter \u0438\u043b\u0438 \u0434\u0432\u043e\u0439\u043d\u043e\u0439 \u0449\u0435\u043b\u0447\u043e\u043a \u2014 \u0441\u043f\u0440\u0430\u0432\u043a\u0430 \u043e \u0434\u0432\u0438\u0436\u0435\u043d\u0438\u044f\u0445 \u043f\u043e\u0437\u0438\u0446\u0438\u0438", None))
#endif // QT_CONFIG(tooltip)
        self.summaryLabel.setStyleSheet(QCoreApplication.translate("StockWindow", u"font-weight: bold;", None))
        self.journalButton.setText(QCoreApplication.translate("StockWindow", u"\u0416\u0443\u0440\u043d\u0430\u043b \u0434\u0432\u0438\u0436\u0435\u043d\u0438\u044f \u043c\u0430\u0442\u0435\u0440\u0438\u0430\u043b\u043e\u0432", None))
    # retranslateUi

