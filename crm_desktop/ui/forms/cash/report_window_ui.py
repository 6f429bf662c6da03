# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_window.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from crm_desktop.ui.widgets.date_edit import DateEdit

class Ui_CashReportWindow(object):
    def setupUi(self, CashReportWindow):
        if not CashReportWindow.objectName():
            CashReportWindow.setObjectName(u"CashReportWindow")
        CashReportWindow.resize(960, 420)
        self.mainLayout = QVBoxLayout(CashReportWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filtersLayout = QHBoxLayout()
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.dateFromLabel = QLabel(CashReportWindow)
        self.dateFromLabel.setObjectName(u"dateFromLabel")

        self.filtersLayout.addWidget(self.dateFromLabel)

        self.dateFromEdit = DateEdit(CashReportWindow)
        self.dateFromEdit.setObjectName(u"dateFromEdit")

        self.filtersLayout.addWidget(self.dateFromEdit)

        self.dateToLabel = QLabel(CashReportWindow)
        self.dateToLabel.setObjectName(u"dateToLabel")

        self.filtersLayout.addWidget(self.dateToLabel)

        self.dateToEdit = DateEdit(CashReportWindow)
        self.dateToEdit.setObjectName(u"dateToEdit")

        self.filtersLayout.addWidget(self.dateToEdit)

        self.buildButton = QPushButton(CashReportWindow)
        self.buildButton.setObjectName(u"buildButton")

        self.filtersLayout.addWidget(self.buildButton)

        self.filtersSpacer = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filtersLayout.addItem(self.filtersSpacer)


        self.mainLayout.addLayout(self.filtersLayout)

        self.titleLabel = QLabel(CashReportWindow)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.titleLabel)

        self.table = QTableWidget(CashReportWindow)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)

        self.mainLayout.addWidget(self.table)

        self.footerLabel = QLabel(CashReportWindow)
        self.footerLabel.setObjectName(u"footerLabel")
        self.footerLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.footerLabel)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.dateFromLabel.setBuddy(self.dateFromEdit)
        self.dateToLabel.setBuddy(self.dateToEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateFromEdit, self.dateToEdit)
        QWidget.setTabOrder(self.dateToEdit, self.buildButton)
        QWidget.setTabOrder(self.buildButton, self.table)

        self.retranslateUi(CashReportWindow)

        self.buildButton.setDefault(True)

    # setupUi

    def retranslateUi(self, CashReportWindow):
        CashReportWindow.setWindowTitle(QCoreApplication.translate("CashReportWindow", u"\u041a\u0430\u0441\u0441\u043e\u0432\u044b\u0439 \u043e\u0442\u0447\u0451\u0442", None))
        self.dateFromLabel.setText(QCoreApplication.translate("CashReportWindow", u"\u041f\u0435\u0440\u0438\u043e\u0434 &\u0441", None))
        self.dateToLabel.setText(QCoreApplication.translate("CashReportWindow", u"&\u043f\u043e", None))
        self.buildButton.setText(QCoreApplication.translate("CashReportWindow", u"&\u0421\u0444\u043e\u0440\u043c\u0438\u0440\u043e\u0432\u0430\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.buildButton.setToolTip(QCoreApplication.translate("CashReportWindow", u"\u0421\u0444\u043e\u0440\u043c\u0438\u0440\u043e\u0432\u0430\u0442\u044c \u043e\u0442\u0447\u0451\u0442 \u0437\u0430\u043d\u043e\u0432\u043e (F5)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

