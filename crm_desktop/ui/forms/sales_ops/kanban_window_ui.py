# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'kanban_window.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_KanbanWindow(object):
    def setupUi(self, KanbanWindow):
        if not KanbanWindow.objectName():
            KanbanWindow.setObjectName(u"KanbanWindow")
        KanbanWindow.resize(1200, 700)
        self.mainLayout = QVBoxLayout(KanbanWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.profileLabel = QLabel(KanbanWindow)
        self.profileLabel.setObjectName(u"profileLabel")

        self.filterLayout.addWidget(self.profileLabel)

        self.profileCombo = QComboBox(KanbanWindow)
        self.profileCombo.setObjectName(u"profileCombo")
        self.profileCombo.setMinimumWidth(220)

        self.filterLayout.addWidget(self.profileCombo)

        self.curatorLabel = QLabel(KanbanWindow)
        self.curatorLabel.setObjectName(u"curatorLabel")

        self.filterLayout.addWidget(self.curatorLabel)

        self.curatorCombo = QComboBox(KanbanWindow)
        self.curatorCombo.setObjectName(u"curatorCombo")
        self.curatorCombo.setMinimumWidth(200)

        self.filterLayout.addWidget(self.curatorCombo)

        self.refreshButton = QPushButton(KanbanWindow)
        self.refreshButton.setObjectName(u"refreshButton")

        self.filterLayout.addWidget(self.refreshButton)

        self.filterSpacer = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.legendLabel = QLabel(KanbanWindow)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setTextFormat(Qt.RichText)

        self.filterLayout.addWidget(self.legendLabel)


        self.mainLayout.addLayout(self.filterLayout)

        self.boardArea = QScrollArea(KanbanWindow)
        self.boardArea.setObjectName(u"boardArea")
        self.boardArea.setWidgetResizable(True)
        self.boardWidget = QWidget()
        self.boardWidget.setObjectName(u"boardWidget")
        self.boardLayout = QHBoxLayout(self.boardWidget)
        self.boardLayout.setObjectName(u"boardLayout")
        self.boardArea.setWidget(self.boardWidget)

        self.mainLayout.addWidget(self.boardArea)

        self.statusLabel = QLabel(KanbanWindow)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)


        self.retranslateUi(KanbanWindow)
    # setupUi

    def retranslateUi(self, KanbanWindow):
        KanbanWindow.setWindowTitle(QCoreApplication.translate("KanbanWindow", u"\u041a\u0430\u043d\u0431\u0430\u043d \u0441\u0434\u0435\u043b\u043e\u043a", None))
        self.profileLabel.setText(QCoreApplication.translate("KanbanWindow", u"\u041a\u043e\u043b\u043e\u043d\u043a\u0438:", None))
#if QT_CONFIG(tooltip)
        self.profileCombo.setToolTip(QCoreApplication.translate("KanbanWindow", u"\u041b\u0435\u0441\u0442\u043d\u0438\u0446\u0430 \u043f\u0440\u043e\u0434\u0430\u0436 \u0438\u043b\u0438 \u043f\u0440\u043e\u0444\u0438\u043b\u044c \u0432\u043e\u0440\u043e\u043d\u043a\u0438 \u043f\u0440\u043e\u0434\u0430\u0436", None))
#endif // QT_CONFIG(tooltip)
        self.curatorLabel.setText(QCoreApplication.translate("KanbanWindow", u"\u041a\u0443\u0440\u0430\u0442\u043e\u0440:", None))
        self.refreshButton.setText(QCoreApplication.translate("KanbanWindow", u"\u041e\u0431\u043d\u043e\u0432\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("KanbanWindow", u"\u041f\u0440\u043e\u0447\u0438\u0442\u0430\u0442\u044c \u0434\u043e\u0441\u043a\u0443 \u0437\u0430\u043d\u043e\u0432\u043e (F5)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

