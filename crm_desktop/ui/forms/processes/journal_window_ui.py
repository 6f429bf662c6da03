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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ProcessJournalWindow(object):
    def setupUi(self, ProcessJournalWindow):
        if not ProcessJournalWindow.objectName():
            ProcessJournalWindow.setObjectName(u"ProcessJournalWindow")
        ProcessJournalWindow.resize(1100, 600)
        self.mainLayout = QVBoxLayout(ProcessJournalWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filtersLayout = QHBoxLayout()
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.openOnlyCheck = QCheckBox(ProcessJournalWindow)
        self.openOnlyCheck.setObjectName(u"openOnlyCheck")

        self.filtersLayout.addWidget(self.openOnlyCheck)

        self.filtersSpacer = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filtersLayout.addItem(self.filtersSpacer)


        self.mainLayout.addLayout(self.filtersLayout)

        self.table = QTableView(ProcessJournalWindow)
        self.table.setObjectName(u"table")
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)

        self.mainLayout.addWidget(self.table)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.startButton = QPushButton(ProcessJournalWindow)
        self.startButton.setObjectName(u"startButton")

        self.buttonsLayout.addWidget(self.startButton)

        self.openButton = QPushButton(ProcessJournalWindow)
        self.openButton.setObjectName(u"openButton")

        self.buttonsLayout.addWidget(self.openButton)

        self.deleteButton = QPushButton(ProcessJournalWindow)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonsLayout.addWidget(self.deleteButton)

        self.buttonsSpacer = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.legendLabel = QLabel(ProcessJournalWindow)
        self.legendLabel.setObjectName(u"legendLabel")

        self.buttonsLayout.addWidget(self.legendLabel)


        self.mainLayout.addLayout(self.buttonsLayout)

        self.mainLayout.setStretch(1, 1)
        QWidget.setTabOrder(self.openOnlyCheck, self.table)
        QWidget.setTabOrder(self.table, self.startButton)

        self.retranslateUi(ProcessJournalWindow)
    # setupUi

    def retranslateUi(self, ProcessJournalWindow):
        ProcessJournalWindow.setWindowTitle(QCoreApplication.translate("ProcessJournalWindow", u"\u0416\u0443\u0440\u043d\u0430\u043b \u043f\u0440\u043e\u0446\u0435\u0441\u0441\u043e\u0432", None))
        self.openOnlyCheck.setText(QCoreApplication.translate("ProcessJournalWindow", u"\u0422\u043e\u043b\u044c\u043a\u043e &\u043d\u0435\u0437\u0430\u0432\u0435\u0440\u0448\u0451\u043d\u043d\u044b\u0435", None))
        self.startButton.setText(QCoreApplication.translate("ProcessJournalWindow", u"&\u0417\u0430\u043f\u0443\u0441\u0442\u0438\u0442\u044c \u043f\u0440\u043e\u0446\u0435\u0441\u0441\u2026", None))
#if QT_CONFIG(tooltip)
        self.startButton.setToolTip(QCoreApplication.translate("ProcessJournalWindow", u"\u0417\u0430\u043f\u0443\u0441\u0442\u0438\u0442\u044c \u043f\u0440\u043e\u0446\u0435\u0441\u0441 \u043f\u043e \u043a\u043e\u043d\u0442\u0440\u0430\u0433\u0435\u043d\u0442\u0443 (Ins)", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("ProcessJournalWindow", u"&\u0425\u043e\u0434 \u043f\u0440\u043e\u0446\u0435\u0441\u0441\u0430", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("ProcessJournalWindow", u"\u041e\u0442\u043a\u0440\u044b\u0442\u044c \u0445\u043e\u0434 \u043f\u0440\u043e\u0446\u0435\u0441\u0441\u0430 (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("ProcessJournalWindow", u"&\u0423\u0434\u0430\u043b\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("ProcessJournalWindow", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c \u043d\u0435\u0437\u0430\u0432\u0435\u0440\u0448\u0451\u043d\u043d\u044b\u0439 \u043f\u0440\u043e\u0446\u0435\u0441\u0441 (Del, \u0442\u043e\u043b\u044c\u043a\u043e \u0430\u0434\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430\u0442\u043e\u0440)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

