# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'day_planner.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QToolButton, QVBoxLayout, QWidget)

class Ui_DayPlanner(object):
    def setupUi(self, DayPlanner):
        if not DayPlanner.objectName():
            DayPlanner.setObjectName(u"DayPlanner")
        DayPlanner.resize(760, 760)
        self.mainLayout = QVBoxLayout(DayPlanner)
        self.mainLayout.setObjectName(u"mainLayout")
        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.userLabel = QLabel(DayPlanner)
        self.userLabel.setObjectName(u"userLabel")

        self.toolLayout.addWidget(self.userLabel)

        self.userCombo = QComboBox(DayPlanner)
        self.userCombo.setObjectName(u"userCombo")
        self.userCombo.setMinimumWidth(200)

        self.toolLayout.addWidget(self.userCombo)

        self.prevButton = QToolButton(DayPlanner)
        self.prevButton.setObjectName(u"prevButton")

        self.toolLayout.addWidget(self.prevButton)

        self.toDateLabel = QLabel(DayPlanner)
        self.toDateLabel.setObjectName(u"toDateLabel")

        self.toolLayout.addWidget(self.toDateLabel)

        self.dateEdit = QDateEdit(DayPlanner)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.toolLayout.addWidget(self.dateEdit)

        self.nextButton = QToolButton(DayPlanner)
        self.nextButton.setObjectName(u"nextButton")

        self.toolLayout.addWidget(self.nextButton)

        self.todayButton = QPushButton(DayPlanner)
        self.todayButton.setObjectName(u"todayButton")

        self.toolLayout.addWidget(self.todayButton)

        self.refreshButton = QPushButton(DayPlanner)
        self.refreshButton.setObjectName(u"refreshButton")

        self.toolLayout.addWidget(self.refreshButton)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.printButton = QPushButton(DayPlanner)
        self.printButton.setObjectName(u"printButton")

        self.toolLayout.addWidget(self.printButton)


        self.mainLayout.addLayout(self.toolLayout)

        self.viewHost = QWidget(DayPlanner)
        self.viewHost.setObjectName(u"viewHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.viewHost.sizePolicy().hasHeightForWidth())
        self.viewHost.setSizePolicy(sizePolicy)

        self.mainLayout.addWidget(self.viewHost)

        self.hintLabel = QLabel(DayPlanner)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)


        self.retranslateUi(DayPlanner)
    # setupUi

    def retranslateUi(self, DayPlanner):
        DayPlanner.setWindowTitle(QCoreApplication.translate("DayPlanner", u"\u041f\u043b\u0430\u043d\u0438\u0440\u043e\u0432\u0449\u0438\u043a \u0434\u043d\u044f", None))
        self.userLabel.setText(QCoreApplication.translate("DayPlanner", u"\u0421\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u043a:", None))
        self.prevButton.setText(QCoreApplication.translate("DayPlanner", u"<", None))
#if QT_CONFIG(tooltip)
        self.prevButton.setToolTip(QCoreApplication.translate("DayPlanner", u"\u041f\u0440\u0435\u0434\u044b\u0434\u0443\u0449\u0438\u0439 \u0434\u0435\u043d\u044c", None))
#endif // QT_CONFIG(tooltip)
        self.toDateLabel.setText(QCoreApplication.translate("DayPlanner", u"\u041a \u0434\u0430\u0442\u0435:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("DayPlanner", u"dd.MM.yyyy", None))
        self.nextButton.setText(QCoreApplication.translate("DayPlanner", u">", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("DayPlanner", u"\u0421\u043b\u0435\u0434\u0443\u044e\u0449\u0438\u0439 \u0434\u0435\u043d\u044c", None))
#endif // QT_CONFIG(tooltip)
        self.todayButton.setText(QCoreApplication.translate("DayPlanner", u"\u0421\u0435\u0433\u043e\u0434\u043d\u044f", None))
        self.refreshButton.setText(QCoreApplication.translate("DayPlanner", u"\u041e\u0431\u043d\u043e\u0432\u0438\u0442\u044c", None))
        self.printButton.setText(QCoreApplication.translate("DayPlanner", u"\u041f\u0435\u0447\u0430\u0442\u044c", None))
#if QT_CONFIG(shortcut)
        self.printButton.setShortcut(QCoreApplication.translate("DayPlanner", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.hintLabel.setText(QCoreApplication.translate("DayPlanner", u"\u041f\u0435\u0440\u0435\u0442\u0430\u0449\u0438\u0442\u0435 \u0437\u0430\u0434\u0430\u0447\u0443, \u0447\u0442\u043e\u0431\u044b \u043f\u0435\u0440\u0435\u043d\u0435\u0441\u0442\u0438 \u0435\u0451; \u043f\u043e\u0442\u044f\u043d\u0438\u0442\u0435 \u0437\u0430 \u043d\u0438\u0436\u043d\u0438\u0439 \u043a\u0440\u0430\u0439, \u0447\u0442\u043e\u0431\u044b \u0438\u0437\u043c\u0435\u043d\u0438\u0442\u044c \u0434\u043b\u0438\u0442\u0435\u043b\u044c\u043d\u043e\u0441\u0442\u044c. \u0428\u0430\u0433 \u2014 15 \u043c\u0438\u043d\u0443\u0442.", None))
        self.hintLabel.setStyleSheet(QCoreApplication.translate("DayPlanner", u"color: #606060;", None))
    # retranslateUi

