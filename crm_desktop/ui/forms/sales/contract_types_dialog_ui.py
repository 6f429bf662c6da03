# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contract_types_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ContractTypesDialog(object):
    def setupUi(self, ContractTypesDialog):
        if not ContractTypesDialog.objectName():
            ContractTypesDialog.setObjectName(u"ContractTypesDialog")
        ContractTypesDialog.resize(720, 460)
        self.mainLayout = QVBoxLayout(ContractTypesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.table = QTableWidget(ContractTypesDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.table)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.addButton = QPushButton(ContractTypesDialog)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.addButton)

        self.editButton = QPushButton(ContractTypesDialog)
        self.editButton.setObjectName(u"editButton")
        self.editButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(ContractTypesDialog)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.deleteButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.closeButton = QPushButton(ContractTypesDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.bottomLayout)


        self.retranslateUi(ContractTypesDialog)
    # setupUi

    def retranslateUi(self, ContractTypesDialog):
        ContractTypesDialog.setWindowTitle(QCoreApplication.translate("ContractTypesDialog", u"\u0421\u043f\u0440\u0430\u0432\u043e\u0447\u043d\u0438\u043a\u0438 \u2013 \u0422\u0438\u043f\u044b \u0434\u043e\u0433\u043e\u0432\u043e\u0440\u043e\u0432", None))
        self.addButton.setText(QCoreApplication.translate("ContractTypesDialog", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c", None))
        self.editButton.setText(QCoreApplication.translate("ContractTypesDialog", u"\u0418\u0437\u043c\u0435\u043d\u0438\u0442\u044c", None))
        self.deleteButton.setText(QCoreApplication.translate("ContractTypesDialog", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c", None))
        self.closeButton.setText(QCoreApplication.translate("ContractTypesDialog", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c", None))
    # retranslateUi

