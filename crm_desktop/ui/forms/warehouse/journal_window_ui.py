# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'journal_window.ui'
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
    QSpacerItem, QTableView, QToolButton, QVBoxLayout,
    QWidget)

from crm_desktop.ui.widgets.date_edit import DateEdit

class Ui_StockJournalWindow(object):
    def setupUi(self, StockJournalWindow):
        if not StockJournalWindow.objectName():
            StockJournalWindow.setObjectName(u"StockJournalWindow")
        StockJournalWindow.resize(1000, 620)
        self.mainLayout = QVBoxLayout(StockJournalWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filtersLayout = QHBoxLayout()
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.dateFromLabel = QLabel(StockJournalWindow)
        self.dateFromLabel.setObjectName(u"dateFromLabel")

        self.filtersLayout.addWidget(self.dateFromLabel)

        self.dateFromEdit = DateEdit(StockJournalWindow)
        self.dateFromEdit.setObjectName(u"dateFromEdit")

        self.filtersLayout.addWidget(self.dateFromEdit)

        self.dateToLabel = QLabel(StockJournalWindow)
        self.dateToLabel.setObjectName(u"dateToLabel")

        self.filtersLayout.addWidget(self.dateToLabel)

        self.dateToEdit = DateEdit(StockJournalWindow)
        self.dateToEdit.setObjectName(u"dateToEdit")

        self.filtersLayout.addWidget(self.dateToEdit)

        self.periodSpacer = QSpacerItem(12, 1, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filtersLayout.addItem(self.periodSpacer)

        self.kindLabel = QLabel(StockJournalWindow)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filtersLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(StockJournalWindow)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filtersLayout.addWidget(self.kindCombo)

        self.kindSpacer = QSpacerItem(12, 1, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filtersLayout.addItem(self.kindSpacer)

        self.warehouseLabel = QLabel(StockJournalWindow)
        self.warehouseLabel.setObjectName(u"warehouseLabel")

        self.filtersLayout.addWidget(self.warehouseLabel)

        self.warehouseCombo = QComboBox(StockJournalWindow)
        self.warehouseCombo.setObjectName(u"warehouseCombo")
        self.warehouseCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filtersLayout.addWidget(self.warehouseCombo)

        self.applyButton = QPushButton(StockJournalWindow)
        self.applyButton.setObjectName(u"applyButton")

        self.filtersLayout.addWidget(self.applyButton)

        self.filtersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filtersLayout.addItem(self.filtersSpacer)


        self.mainLayout.addLayout(self.filtersLayout)

        self.commandsLayout = QHBoxLayout()
        self.commandsLayout.setObjectName(u"commandsLayout")
        self.newButton = QToolButton(StockJournalWindow)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setPopupMode(QToolButton.InstantPopup)

        self.commandsLayout.addWidget(self.newButton)

        self.openButton = QPushButton(StockJournalWindow)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setAutoDefault(False)

        self.commandsLayout.addWidget(self.openButton)

        self.postButton = QPushButton(StockJournalWindow)
        self.postButton.setObjectName(u"postButton")
        self.postButton.setAutoDefault(False)

        self.commandsLayout.addWidget(self.postButton)

        self.unpostButton = QPushButton(StockJournalWindow)
        self.unpostButton.setObjectName(u"unpostButton")
        self.unpostButton.setAutoDefault(False)

        self.commandsLayout.addWidget(self.unpostButton)

        self.deleteButton = QPushButton(StockJournalWindow)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setAutoDefault(False)

        self.commandsLayout.addWidget(self.deleteButton)

        self.commandsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.commandsLayout.addItem(self.commandsSpacer)


        self.mainLayout.addLayout(self.commandsLayout)

        self.table = QTableView(StockJournalWindow)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)

        self.mainLayout.addWidget(self.table)

        self.actualityLabel = QLabel(StockJournalWindow)
        self.actualityLabel.setObjectName(u"actualityLabel")
        self.actualityLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.actualityLabel)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.dateFromLabel.setBuddy(self.dateFromEdit)
        self.dateToLabel.setBuddy(self.dateToEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.warehouseLabel.setBuddy(self.warehouseCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateFromEdit, self.dateToEdit)
        QWidget.setTabOrder(self.dateToEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.warehouseCombo)
        QWidget.setTabOrder(self.warehouseCombo, self.applyButton)
        QWidget.setTabOrder(self.applyButton, self.table)

        self.retranslateUi(StockJournalWindow)

        self.applyButton.setDefault(True)

    # setupUi

    def retranslateUi(self, StockJournalWindow):
        StockJournalWindow.setWindowTitle(QCoreApplication.translate("StockJournalWindow", u"\u0416\u0443\u0440\u043d\u0430\u043b \u0434\u0432\u0438\u0436\u0435\u043d\u0438\u044f \u043c\u0430\u0442\u0435\u0440\u0438\u0430\u043b\u043e\u0432", None))
        self.dateFromLabel.setText(QCoreApplication.translate("StockJournalWindow", u"\u041f\u0435\u0440\u0438\u043e\u0434 &\u0441", None))
        self.dateToLabel.setText(QCoreApplication.translate("StockJournalWindow", u"&\u043f\u043e", None))
        self.kindLabel.setText(QCoreApplication.translate("StockJournalWindow", u"&\u0412\u0438\u0434", None))
        self.warehouseLabel.setText(QCoreApplication.translate("StockJournalWindow", u"\u0421&\u043a\u043b\u0430\u0434", None))
        self.applyButton.setText(QCoreApplication.translate("StockJournalWindow", u"&\u041f\u0440\u0438\u043c\u0435\u043d\u0438\u0442\u044c", None))
        self.newButton.setText(QCoreApplication.translate("StockJournalWindow", u"\u0412\u0432\u0435\u0441\u0442\u0438", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("StockJournalWindow", u"\u0412\u0432\u0435\u0441\u0442\u0438 \u043d\u043e\u0432\u044b\u0439 \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442 (Ins \u2014 \u0440\u0430\u0441\u0445\u043e\u0434\u043d\u0430\u044f \u043d\u0430\u043a\u043b\u0430\u0434\u043d\u0430\u044f)", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("StockJournalWindow", u"\u041e\u0442\u043a\u0440\u044b\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("StockJournalWindow", u"\u041e\u0442\u043a\u0440\u044b\u0442\u044c \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442 (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.postButton.setText(QCoreApplication.translate("StockJournalWindow", u"\u041f\u0440\u043e\u0432\u0435\u0441\u0442\u0438", None))
        self.unpostButton.setText(QCoreApplication.translate("StockJournalWindow", u"\u041e\u0442\u043c\u0435\u043d\u0438\u0442\u044c \u043f\u0440\u043e\u0432\u0435\u0434\u0435\u043d\u0438\u0435", None))
        self.deleteButton.setText(QCoreApplication.translate("StockJournalWindow", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("StockJournalWindow", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442 (Del)", None))
#endif // QT_CONFIG(tooltip)
        self.actualityLabel.setStyleSheet(QCoreApplication.translate("StockJournalWindow", u"background: #fff8d6; border: 1px solid #f9c80e; padding: 4px;", None))
    # retranslateUi

