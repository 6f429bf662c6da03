# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'moves_window.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_MovesWindow(object):
    def setupUi(self, MovesWindow):
        if not MovesWindow.objectName():
            MovesWindow.setObjectName(u"MovesWindow")
        MovesWindow.resize(820, 480)
        self.mainLayout = QVBoxLayout(MovesWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.itemLayout = QHBoxLayout()
        self.itemLayout.setObjectName(u"itemLayout")
        self.itemLabel = QLabel(MovesWindow)
        self.itemLabel.setObjectName(u"itemLabel")

        self.itemLayout.addWidget(self.itemLabel)

        self.itemCombo = QComboBox(MovesWindow)
        self.itemCombo.setObjectName(u"itemCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.itemCombo.sizePolicy().hasHeightForWidth())
        self.itemCombo.setSizePolicy(sizePolicy)

        self.itemLayout.addWidget(self.itemCombo)


        self.mainLayout.addLayout(self.itemLayout)

        self.movesView = QTableWidget(MovesWindow)
        self.movesView.setObjectName(u"movesView")
        self.movesView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.movesView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.movesView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.movesView.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.movesView)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.summaryLabel = QLabel(MovesWindow)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.bottomLayout.addWidget(self.summaryLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.closeButton = QPushButton(MovesWindow)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.itemLabel.setBuddy(self.itemCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MovesWindow)
    # setupUi

    def retranslateUi(self, MovesWindow):
        MovesWindow.setWindowTitle(QCoreApplication.translate("MovesWindow", u"\u0421\u043f\u0440\u0430\u0432\u043a\u0430 \u043e \u0434\u0432\u0438\u0436\u0435\u043d\u0438\u044f\u0445", None))
        self.itemLabel.setText(QCoreApplication.translate("MovesWindow", u"&\u041f\u043e\u0437\u0438\u0446\u0438\u044f:", None))
#if QT_CONFIG(tooltip)
        self.movesView.setToolTip(QCoreApplication.translate("MovesWindow", u"\u0414\u0432\u043e\u0439\u043d\u043e\u0439 \u0449\u0435\u043b\u0447\u043e\u043a \u0438\u043b\u0438 Enter \u043e\u0442\u043a\u0440\u044b\u0432\u0430\u0435\u0442 \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442", None))
#endif // QT_CONFIG(tooltip)
        self.summaryLabel.setStyleSheet(QCoreApplication.translate("MovesWindow", u"font-weight: bold;", None))
        self.closeButton.setText(QCoreApplication.translate("MovesWindow", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c", None))
    # retranslateUi

