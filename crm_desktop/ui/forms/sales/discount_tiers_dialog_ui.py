# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'discount_tiers_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DiscountTiersDialog(object):
    def setupUi(self, DiscountTiersDialog):
        if not DiscountTiersDialog.objectName():
            DiscountTiersDialog.setObjectName(u"DiscountTiersDialog")
        DiscountTiersDialog.resize(480, 420)
        self.mainLayout = QVBoxLayout(DiscountTiersDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hintLabel = QLabel(DiscountTiersDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.tiersTable = QTableWidget(DiscountTiersDialog)
        if (self.tiersTable.columnCount() < 2):
            self.tiersTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.tiersTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.tiersTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.tiersTable.setObjectName(u"tiersTable")
        self.tiersTable.setColumnCount(2)
        self.tiersTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tiersTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tiersTable.horizontalHeader().setStretchLastSection(True)
        self.tiersTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.tiersTable)

        self.rowsLayout = QHBoxLayout()
        self.rowsLayout.setObjectName(u"rowsLayout")
        self.addButton = QPushButton(DiscountTiersDialog)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.rowsLayout.addWidget(self.addButton)

        self.deleteButton = QPushButton(DiscountTiersDialog)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setAutoDefault(False)

        self.rowsLayout.addWidget(self.deleteButton)

        self.rowsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rowsLayout.addItem(self.rowsSpacer)


        self.mainLayout.addLayout(self.rowsLayout)

        self.buttonBox = QDialogButtonBox(DiscountTiersDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(DiscountTiersDialog)
    # setupUi

    def retranslateUi(self, DiscountTiersDialog):
        DiscountTiersDialog.setWindowTitle(QCoreApplication.translate("DiscountTiersDialog", u"\u0410\u0434\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0438\u0440\u043e\u0432\u0430\u043d\u0438\u0435 \u2013 \u0421\u0438\u0441\u0442\u0435\u043c\u0430 \u0441\u043a\u0438\u0434\u043e\u043a", None))
        self.hintLabel.setText(QCoreApplication.translate("DiscountTiersDialog", u"\u0421\u043a\u0438\u0434\u043a\u0430 \u043f\u0440\u0435\u0434\u043b\u0430\u0433\u0430\u0435\u0442\u0441\u044f \u0432 \u0441\u0447\u0451\u0442\u0435, \u043a\u043e\u0433\u0434\u0430 \u0441\u0443\u043c\u043c\u0430 \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442\u0430 \u0434\u043e\u0441\u0442\u0438\u0433\u0430\u0435\u0442 \u0443\u043a\u0430\u0437\u0430\u043d\u043d\u043e\u0439. \u041d\u0430 \u043f\u043e\u0437\u0438\u0446\u0438\u0438 \u0441 \u043e\u0442\u043c\u0435\u0442\u043a\u043e\u0439 \u00ab\u0421\u043a\u0438\u0434\u043a\u0430 \u0437\u0430\u043f\u0440\u0435\u0449\u0435\u043d\u0430\u00bb \u043e\u043d\u0430 \u043d\u0435 \u0434\u0435\u0439\u0441\u0442\u0432\u0443\u0435\u0442.", None))
        ___qtablewidgetitem = self.tiersTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DiscountTiersDialog", u"\u0421\u0443\u043c\u043c\u0430 \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442\u0430 \u043e\u0442", None))
        ___qtablewidgetitem1 = self.tiersTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DiscountTiersDialog", u"\u0421\u043a\u0438\u0434\u043a\u0430, %", None))
        self.addButton.setText(QCoreApplication.translate("DiscountTiersDialog", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c (Ins)", None))
        self.deleteButton.setText(QCoreApplication.translate("DiscountTiersDialog", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c (Del)", None))
    # retranslateUi

