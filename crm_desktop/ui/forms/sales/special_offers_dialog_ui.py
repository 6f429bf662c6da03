# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'special_offers_dialog.ui'
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
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SpecialOffersDialog(object):
    def setupUi(self, SpecialOffersDialog):
        if not SpecialOffersDialog.objectName():
            SpecialOffersDialog.setObjectName(u"SpecialOffersDialog")
        SpecialOffersDialog.resize(900, 560)
        self.mainLayout = QVBoxLayout(SpecialOffersDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.splitter = QSplitter(SpecialOffersDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.clientsPane = QWidget(self.splitter)
        self.clientsPane.setObjectName(u"clientsPane")
        self.clientsLayout = QVBoxLayout(self.clientsPane)
        self.clientsLayout.setObjectName(u"clientsLayout")
        self.clientsLayout.setContentsMargins(0, 0, 0, 0)
        self.clientsLabel = QLabel(self.clientsPane)
        self.clientsLabel.setObjectName(u"clientsLabel")

        self.clientsLayout.addWidget(self.clientsLabel)

        self.clientsList = QListWidget(self.clientsPane)
        self.clientsList.setObjectName(u"clientsList")

        self.clientsLayout.addWidget(self.clientsList)

        self.findEditLabel = QLabel(self.clientsPane)
        self.findEditLabel.setObjectName(u"findEditLabel")
        self.findEditLabel.setWordWrap(True)

        self.clientsLayout.addWidget(self.findEditLabel)

        self.findEdit = QLineEdit(self.clientsPane)
        self.findEdit.setObjectName(u"findEdit")
        self.findEdit.setClearButtonEnabled(True)

        self.clientsLayout.addWidget(self.findEdit)

        self.foundList = QListWidget(self.clientsPane)
        self.foundList.setObjectName(u"foundList")

        self.clientsLayout.addWidget(self.foundList)

        self.splitter.addWidget(self.clientsPane)
        self.offerPane = QWidget(self.splitter)
        self.offerPane.setObjectName(u"offerPane")
        self.offerLayout = QVBoxLayout(self.offerPane)
        self.offerLayout.setObjectName(u"offerLayout")
        self.offerLayout.setContentsMargins(0, 0, 0, 0)
        self.clientLabel = QLabel(self.offerPane)
        self.clientLabel.setObjectName(u"clientLabel")

        self.offerLayout.addWidget(self.clientLabel)

        self.offerTable = QTableWidget(self.offerPane)
        if (self.offerTable.columnCount() < 2):
            self.offerTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.offerTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.offerTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.offerTable.setObjectName(u"offerTable")
        self.offerTable.setColumnCount(2)
        self.offerTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.offerTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.offerTable.verticalHeader().setVisible(False)

        self.offerLayout.addWidget(self.offerTable)

        self.rowsLayout = QHBoxLayout()
        self.rowsLayout.setObjectName(u"rowsLayout")
        self.addButton = QPushButton(self.offerPane)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.rowsLayout.addWidget(self.addButton)

        self.deleteButton = QPushButton(self.offerPane)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setAutoDefault(False)

        self.rowsLayout.addWidget(self.deleteButton)

        self.rowsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rowsLayout.addItem(self.rowsSpacer)

        self.saveButton = QPushButton(self.offerPane)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.rowsLayout.addWidget(self.saveButton)


        self.offerLayout.addLayout(self.rowsLayout)

        self.splitter.addWidget(self.offerPane)

        self.mainLayout.addWidget(self.splitter)

        self.buttonBox = QDialogButtonBox(SpecialOffersDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.clientsLabel.setBuddy(self.clientsList)
        self.findEditLabel.setBuddy(self.findEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SpecialOffersDialog)
    # setupUi

    def retranslateUi(self, SpecialOffersDialog):
        SpecialOffersDialog.setWindowTitle(QCoreApplication.translate("SpecialOffersDialog", u"\u0410\u0434\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0438\u0440\u043e\u0432\u0430\u043d\u0438\u0435 \u2013 \u0421\u0438\u0441\u0442\u0435\u043c\u0430 \u0441\u043f\u0435\u0446. \u043f\u0440\u0435\u0434\u043b\u043e\u0436\u0435\u043d\u0438\u0439", None))
        self.clientsLabel.setText(QCoreApplication.translate("SpecialOffersDialog", u"\u041a\u043b\u0438\u0435\u043d\u0442\u044b \u0441\u043e \u0441\u043f\u0435\u0446\u043f\u0440\u0435\u0434\u043b\u043e\u0436\u0435\u043d\u0438\u0435\u043c:", None))
        self.findEditLabel.setText(QCoreApplication.translate("SpecialOffersDialog", u"&\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u043a\u043b\u0438\u0435\u043d\u0442\u0430 (\u043a\u043e\u0434 \u0438\u043b\u0438 \u0447\u0430\u0441\u0442\u044c \u043d\u0430\u0437\u0432\u0430\u043d\u0438\u044f):", None))
        self.findEdit.setPlaceholderText(QCoreApplication.translate("SpecialOffersDialog", u"\u0412\u0432\u0435\u0434\u0438\u0442\u0435 \u0438 \u043d\u0430\u0436\u043c\u0438\u0442\u0435 Enter", None))
#if QT_CONFIG(tooltip)
        self.foundList.setToolTip(QCoreApplication.translate("SpecialOffersDialog", u"Enter \u0438\u043b\u0438 \u0434\u0432\u043e\u0439\u043d\u043e\u0439 \u0449\u0435\u043b\u0447\u043e\u043a \u0434\u043e\u0431\u0430\u0432\u043b\u044f\u0435\u0442 \u043a\u043b\u0438\u0435\u043d\u0442\u0430", None))
#endif // QT_CONFIG(tooltip)
        self.clientLabel.setStyleSheet(QCoreApplication.translate("SpecialOffersDialog", u"font-weight: bold;", None))
        self.clientLabel.setText(QCoreApplication.translate("SpecialOffersDialog", u"\u0412\u044b\u0431\u0435\u0440\u0438\u0442\u0435 \u043a\u043b\u0438\u0435\u043d\u0442\u0430 \u0441\u043b\u0435\u0432\u0430", None))
        ___qtablewidgetitem = self.offerTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SpecialOffersDialog", u"\u0413\u0440\u0443\u043f\u043f\u0430 \u043d\u043e\u043c\u0435\u043d\u043a\u043b\u0430\u0442\u0443\u0440\u044b", None))
        ___qtablewidgetitem1 = self.offerTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SpecialOffersDialog", u"\u0421\u043a\u0438\u0434\u043a\u0430, %", None))
        self.addButton.setText(QCoreApplication.translate("SpecialOffersDialog", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c (Ins)", None))
        self.deleteButton.setText(QCoreApplication.translate("SpecialOffersDialog", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c (Del)", None))
        self.saveButton.setText(QCoreApplication.translate("SpecialOffersDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c (Ctrl+S)", None))
    # retranslateUi

