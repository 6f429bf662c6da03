# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'two_week.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QToolButton,
    QVBoxLayout, QWidget)

class Ui_TwoWeekPlanner(object):
    def setupUi(self, TwoWeekPlanner):
        if not TwoWeekPlanner.objectName():
            TwoWeekPlanner.setObjectName(u"TwoWeekPlanner")
        TwoWeekPlanner.resize(1100, 420)
        self.mainLayout = QVBoxLayout(TwoWeekPlanner)
        self.mainLayout.setObjectName(u"mainLayout")
        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.prevButton = QToolButton(TwoWeekPlanner)
        self.prevButton.setObjectName(u"prevButton")

        self.toolLayout.addWidget(self.prevButton)

        self.nextButton = QToolButton(TwoWeekPlanner)
        self.nextButton.setObjectName(u"nextButton")

        self.toolLayout.addWidget(self.nextButton)

        self.todayButton = QPushButton(TwoWeekPlanner)
        self.todayButton.setObjectName(u"todayButton")

        self.toolLayout.addWidget(self.todayButton)

        self.toDateLabel = QLabel(TwoWeekPlanner)
        self.toDateLabel.setObjectName(u"toDateLabel")

        self.toolLayout.addWidget(self.toDateLabel)

        self.dateEdit = QDateEdit(TwoWeekPlanner)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.toolLayout.addWidget(self.dateEdit)

        self.periodLabel = QLabel(TwoWeekPlanner)
        self.periodLabel.setObjectName(u"periodLabel")

        self.toolLayout.addWidget(self.periodLabel)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.refreshButton = QPushButton(TwoWeekPlanner)
        self.refreshButton.setObjectName(u"refreshButton")

        self.toolLayout.addWidget(self.refreshButton)


        self.mainLayout.addLayout(self.toolLayout)

        self.grid = QTableWidget(TwoWeekPlanner)
        self.grid.setObjectName(u"grid")
        self.grid.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SingleSelection)
        self.grid.setContextMenuPolicy(Qt.CustomContextMenu)

        self.mainLayout.addWidget(self.grid)

        self.hintLabel = QLabel(TwoWeekPlanner)
        self.hintLabel.setObjectName(u"hintLabel")

        self.mainLayout.addWidget(self.hintLabel)


        self.retranslateUi(TwoWeekPlanner)
    # setupUi

    def retranslateUi(self, TwoWeekPlanner):
        TwoWeekPlanner.setWindowTitle(QCoreApplication.translate("TwoWeekPlanner", u"\u0414\u0432\u0443\u0445\u043d\u0435\u0434\u0435\u043b\u044c\u043d\u044b\u0439 \u043f\u043b\u0430\u043d\u0438\u0440\u043e\u0432\u0449\u0438\u043a", None))
        self.prevButton.setText(QCoreApplication.translate("TwoWeekPlanner", u"<", None))
#if QT_CONFIG(tooltip)
        self.prevButton.setToolTip(QCoreApplication.translate("TwoWeekPlanner", u"\u041d\u0430 \u043d\u0435\u0434\u0435\u043b\u044e \u043d\u0430\u0437\u0430\u0434", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("TwoWeekPlanner", u">", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("TwoWeekPlanner", u"\u041d\u0430 \u043d\u0435\u0434\u0435\u043b\u044e \u0432\u043f\u0435\u0440\u0451\u0434", None))
#endif // QT_CONFIG(tooltip)
        self.todayButton.setText(QCoreApplication.translate("TwoWeekPlanner", u"\u0421\u0435\u0433\u043e\u0434\u043d\u044f", None))
        self.toDateLabel.setText(QCoreApplication.translate("TwoWeekPlanner", u"\u041a \u0434\u0430\u0442\u0435:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("TwoWeekPlanner", u"dd.MM.yyyy", None))
        self.periodLabel.setStyleSheet(QCoreApplication.translate("TwoWeekPlanner", u"font-weight: bold;", None))
        self.refreshButton.setText(QCoreApplication.translate("TwoWeekPlanner", u"\u041e\u0431\u043d\u043e\u0432\u0438\u0442\u044c", None))
        self.hintLabel.setText(QCoreApplication.translate("TwoWeekPlanner", u"\u0414\u0432\u043e\u0439\u043d\u043e\u0439 \u0449\u0435\u043b\u0447\u043e\u043a \u043f\u043e \u0434\u043d\u044e \u043e\u0442\u043a\u0440\u044b\u0432\u0430\u0435\u0442 \u043f\u043b\u0430\u043d\u0438\u0440\u043e\u0432\u0449\u0438\u043a \u0434\u043d\u044f; \u043f\u0440\u0430\u0432\u0430\u044f \u043a\u043d\u043e\u043f\u043a\u0430 \u2014 \u0437\u0430\u0434\u0430\u0447\u0438 \u0434\u043d\u044f.", None))
        self.hintLabel.setStyleSheet(QCoreApplication.translate("TwoWeekPlanner", u"color: #606060;", None))
    # retranslateUi

