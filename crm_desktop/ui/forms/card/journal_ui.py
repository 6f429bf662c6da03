# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'journal.ui'
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

class Ui_Journal(object):
    def setupUi(self, Journal):
        if not Journal.objectName():
            Journal.setObjectName(u"Journal")
        self.mainLayout = QVBoxLayout(Journal)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(2, 2, 2, 2)
        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addButton = QPushButton(Journal)
        self.addButton.setObjectName(u"addButton")

        self.buttonsLayout.addWidget(self.addButton)

        self.openButton = QPushButton(Journal)
        self.openButton.setObjectName(u"openButton")

        self.buttonsLayout.addWidget(self.openButton)

        self.deleteButton = QPushButton(Journal)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonsLayout.addWidget(self.deleteButton)

        self.noteLabel = QLabel(Journal)
        self.noteLabel.setObjectName(u"noteLabel")

        self.buttonsLayout.addWidget(self.noteLabel)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.mainLayout.addLayout(self.buttonsLayout)

        self.table = QTableWidget(Journal)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.table)


        self.retranslateUi(Journal)
    # setupUi

    def retranslateUi(self, Journal):
        self.addButton.setText(QCoreApplication.translate("Journal", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c (Ins)", None))
        self.openButton.setText(QCoreApplication.translate("Journal", u"\u041e\u0442\u043a\u0440\u044b\u0442\u044c (Enter)", None))
        self.deleteButton.setText(QCoreApplication.translate("Journal", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c (Del)", None))
        self.noteLabel.setStyleSheet(QCoreApplication.translate("Journal", u"color: #808080;", None))
        pass
    # retranslateUi

