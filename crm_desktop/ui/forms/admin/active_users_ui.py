# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'active_users.ui'
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
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ActiveUsersDialog(object):
    def setupUi(self, ActiveUsersDialog):
        if not ActiveUsersDialog.objectName():
            ActiveUsersDialog.setObjectName(u"ActiveUsersDialog")
        ActiveUsersDialog.resize(720, 360)
        self.layout = QVBoxLayout(ActiveUsersDialog)
        self.layout.setObjectName(u"layout")
        self.table = QTableWidget(ActiveUsersDialog)
        if (self.table.columnCount() < 6):
            self.table.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.countLabel = QLabel(ActiveUsersDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.buttons.addWidget(self.countLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.refreshButton = QPushButton(ActiveUsersDialog)
        self.refreshButton.setObjectName(u"refreshButton")

        self.buttons.addWidget(self.refreshButton)

        self.closeButton = QPushButton(ActiveUsersDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(ActiveUsersDialog)
    # setupUi

    def retranslateUi(self, ActiveUsersDialog):
        ActiveUsersDialog.setWindowTitle(QCoreApplication.translate("ActiveUsersDialog", u"\u0410\u043a\u0442\u0438\u0432\u043d\u044b\u0435 \u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u0438", None))
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ActiveUsersDialog", u"\u041f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044c", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ActiveUsersDialog", u"\u0412\u0445\u043e\u0434", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ActiveUsersDialog", u"\u041a\u043e\u043c\u043f\u044c\u044e\u0442\u0435\u0440", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ActiveUsersDialog", u"IP-\u0430\u0434\u0440\u0435\u0441", None))
        ___qtablewidgetitem4 = self.table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ActiveUsersDialog", u"\u0422\u0435\u0440\u043c\u0438\u043d\u0430\u043b\u044c\u043d\u0430\u044f \u0441\u0435\u0441\u0441\u0438\u044f", None))
        ___qtablewidgetitem5 = self.table.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ActiveUsersDialog", u"\u0420\u0435\u0436\u0438\u043c", None))
        self.countLabel.setText("")
        self.refreshButton.setText(QCoreApplication.translate("ActiveUsersDialog", u"\u041e\u0431\u043d\u043e\u0432\u0438\u0442\u044c", None))
        self.closeButton.setText(QCoreApplication.translate("ActiveUsersDialog", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c", None))
    # retranslateUi

