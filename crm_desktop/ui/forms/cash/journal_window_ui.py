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
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

from crm_desktop.ui.widgets.date_edit import DateEdit

class Ui_CashJournalWindow(object):
    def setupUi(self, CashJournalWindow):
        if not CashJournalWindow.objectName():
            CashJournalWindow.setObjectName(u"CashJournalWindow")
        CashJournalWindow.resize(1000, 600)
        self.mainLayout = QVBoxLayout(CashJournalWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filtersLayout = QHBoxLayout()
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.dateFromLabel = QLabel(CashJournalWindow)
        self.dateFromLabel.setObjectName(u"dateFromLabel")

        self.filtersLayout.addWidget(self.dateFromLabel)

        self.dateFromEdit = DateEdit(CashJournalWindow)
        self.dateFromEdit.setObjectName(u"dateFromEdit")

        self.filtersLayout.addWidget(self.dateFromEdit)

        self.dateToLabel = QLabel(CashJournalWindow)
        self.dateToLabel.setObjectName(u"dateToLabel")

        self.filtersLayout.addWidget(self.dateToLabel)

        self.dateToEdit = DateEdit(CashJournalWindow)
        self.dateToEdit.setObjectName(u"dateToEdit")

        self.filtersLayout.addWidget(self.dateToEdit)

        self.periodSpacer = QSpacerItem(12, 1, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filtersLayout.addItem(self.periodSpacer)

        self.deskLabel = QLabel(CashJournalWindow)
        self.deskLabel.setObjectName(u"deskLabel")

        self.filtersLayout.addWidget(self.deskLabel)

        self.deskCombo = QComboBox(CashJournalWindow)
        self.deskCombo.setObjectName(u"deskCombo")
        self.deskCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filtersLayout.addWidget(self.deskCombo)

        self.deskSpacer = QSpacerItem(12, 1, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filtersLayout.addItem(self.deskSpacer)

        self.kindLabel = QLabel(CashJournalWindow)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filtersLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(CashJournalWindow)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filtersLayout.addWidget(self.kindCombo)

        self.applyButton = QPushButton(CashJournalWindow)
        self.applyButton.setObjectName(u"applyButton")

        self.filtersLayout.addWidget(self.applyButton)

        self.filtersSpacer = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filtersLayout.addItem(self.filtersSpacer)


        self.mainLayout.addLayout(self.filtersLayout)

        self.table = QTableView(CashJournalWindow)
        self.table.setObjectName(u"table")
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)

        self.mainLayout.addWidget(self.table)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.receiptButton = QPushButton(CashJournalWindow)
        self.receiptButton.setObjectName(u"receiptButton")

        self.buttonsLayout.addWidget(self.receiptButton)

        self.expenseButton = QPushButton(CashJournalWindow)
        self.expenseButton.setObjectName(u"expenseButton")

        self.buttonsLayout.addWidget(self.expenseButton)

        self.postButton = QPushButton(CashJournalWindow)
        self.postButton.setObjectName(u"postButton")

        self.buttonsLayout.addWidget(self.postButton)

        self.unpostButton = QPushButton(CashJournalWindow)
        self.unpostButton.setObjectName(u"unpostButton")

        self.buttonsLayout.addWidget(self.unpostButton)

        self.buttonsSpacer = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.totalsLabel = QLabel(CashJournalWindow)
        self.totalsLabel.setObjectName(u"totalsLabel")

        self.buttonsLayout.addWidget(self.totalsLabel)


        self.mainLayout.addLayout(self.buttonsLayout)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.dateFromLabel.setBuddy(self.dateFromEdit)
        self.dateToLabel.setBuddy(self.dateToEdit)
        self.deskLabel.setBuddy(self.deskCombo)
        self.kindLabel.setBuddy(self.kindCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateFromEdit, self.dateToEdit)
        QWidget.setTabOrder(self.dateToEdit, self.deskCombo)
        QWidget.setTabOrder(self.deskCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.applyButton)
        QWidget.setTabOrder(self.applyButton, self.table)

        self.retranslateUi(CashJournalWindow)

        self.applyButton.setDefault(True)

    # setupUi

    def retranslateUi(self, CashJournalWindow):
        CashJournalWindow.setWindowTitle(QCoreApplication.translate("CashJournalWindow", u"\u0416\u0443\u0440\u043d\u0430\u043b \u0434\u0432\u0438\u0436\u0435\u043d\u0438\u044f \u0434\u0435\u043d\u0435\u0436\u043d\u044b\u0445 \u0441\u0440\u0435\u0434\u0441\u0442\u0432", None))
        self.dateFromLabel.setText(QCoreApplication.translate("CashJournalWindow", u"\u041f\u0435\u0440\u0438\u043e\u0434 &\u0441", None))
        self.dateToLabel.setText(QCoreApplication.translate("CashJournalWindow", u"&\u043f\u043e", None))
        self.deskLabel.setText(QCoreApplication.translate("CashJournalWindow", u"&\u041a\u0430\u0441\u0441\u0430", None))
        self.kindLabel.setText(QCoreApplication.translate("CashJournalWindow", u"&\u0412\u0438\u0434", None))
        self.applyButton.setText(QCoreApplication.translate("CashJournalWindow", u"&\u041f\u0440\u0438\u043c\u0435\u043d\u0438\u0442\u044c", None))
        self.receiptButton.setText(QCoreApplication.translate("CashJournalWindow", u"\u0412\u0432\u0435\u0441\u0442\u0438 \u041f\u041a\u041e", None))
#if QT_CONFIG(tooltip)
        self.receiptButton.setToolTip(QCoreApplication.translate("CashJournalWindow", u"\u0412\u0432\u0435\u0441\u0442\u0438 \u043f\u0440\u0438\u0445\u043e\u0434\u043d\u044b\u0439 \u043a\u0430\u0441\u0441\u043e\u0432\u044b\u0439 \u043e\u0440\u0434\u0435\u0440 (Ins)", None))
#endif // QT_CONFIG(tooltip)
        self.expenseButton.setText(QCoreApplication.translate("CashJournalWindow", u"\u0412\u0432\u0435\u0441\u0442\u0438 \u0420\u041a\u041e", None))
#if QT_CONFIG(tooltip)
        self.expenseButton.setToolTip(QCoreApplication.translate("CashJournalWindow", u"\u0412\u0432\u0435\u0441\u0442\u0438 \u0440\u0430\u0441\u0445\u043e\u0434\u043d\u044b\u0439 \u043a\u0430\u0441\u0441\u043e\u0432\u044b\u0439 \u043e\u0440\u0434\u0435\u0440", None))
#endif // QT_CONFIG(tooltip)
        self.postButton.setText(QCoreApplication.translate("CashJournalWindow", u"\u041f\u0440\u043e\u0432\u0435\u0441\u0442\u0438", None))
        self.unpostButton.setText(QCoreApplication.translate("CashJournalWindow", u"\u041e\u0442\u043c\u0435\u043d\u0438\u0442\u044c \u043f\u0440\u043e\u0432\u0435\u0434\u0435\u043d\u0438\u0435", None))
    # retranslateUi

