# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDialog,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_UsersDialog(object):
    def setupUi(self, UsersDialog):
        if not UsersDialog.objectName():
            UsersDialog.setObjectName(u"UsersDialog")
        UsersDialog.resize(900, 480)
        self.mainLayout = QVBoxLayout(UsersDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.addButton = QPushButton(UsersDialog)
        self.addButton.setObjectName(u"addButton")

        self.toolLayout.addWidget(self.addButton)

        self.openButton = QPushButton(UsersDialog)
        self.openButton.setObjectName(u"openButton")

        self.toolLayout.addWidget(self.openButton)

        self.deleteButton = QPushButton(UsersDialog)
        self.deleteButton.setObjectName(u"deleteButton")

        self.toolLayout.addWidget(self.deleteButton)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.showDismissedCheck = QCheckBox(UsersDialog)
        self.showDismissedCheck.setObjectName(u"showDismissedCheck")
        self.showDismissedCheck.setChecked(True)

        self.toolLayout.addWidget(self.showDismissedCheck)


        self.mainLayout.addLayout(self.toolLayout)

        self.usersTable = QTableWidget(UsersDialog)
        self.usersTable.setObjectName(u"usersTable")
        self.usersTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.usersTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.usersTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.usersTable.setAlternatingRowColors(True)
        self.usersTable.horizontalHeader().setStretchLastSection(True)
        self.usersTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.usersTable)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.countLabel = QLabel(UsersDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.bottomLayout.addWidget(self.countLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.closeButton = QPushButton(UsersDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.bottomLayout)


        self.retranslateUi(UsersDialog)
    # setupUi

    def retranslateUi(self, UsersDialog):
        UsersDialog.setWindowTitle(QCoreApplication.translate("UsersDialog", u"\u041f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u0438", None))
        self.addButton.setText(QCoreApplication.translate("UsersDialog", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c (Ins)", None))
        self.openButton.setText(QCoreApplication.translate("UsersDialog", u"\u041e\u0442\u043a\u0440\u044b\u0442\u044c (Enter)", None))
        self.deleteButton.setText(QCoreApplication.translate("UsersDialog", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c (Del)", None))
        self.showDismissedCheck.setText(QCoreApplication.translate("UsersDialog", u"\u041f\u043e\u043a\u0430\u0437\u044b\u0432\u0430\u0442\u044c \u0443\u0432\u043e\u043b\u0435\u043d\u043d\u044b\u0445", None))
        self.closeButton.setText(QCoreApplication.translate("UsersDialog", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c", None))
    # retranslateUi

