# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDialog, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QToolButton,
    QVBoxLayout, QWidget)

from crm_desktop.ui.widgets.date_time_edit import DateTimeEdit

class Ui_StockDocumentDialog(object):
    def setupUi(self, StockDocumentDialog):
        if not StockDocumentDialog.objectName():
            StockDocumentDialog.setObjectName(u"StockDocumentDialog")
        StockDocumentDialog.resize(1060, 680)
        self.mainLayout = QVBoxLayout(StockDocumentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.stateLabel = QLabel(StockDocumentDialog)
        self.stateLabel.setObjectName(u"stateLabel")

        self.mainLayout.addWidget(self.stateLabel)

        self.headerLayout = QGridLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.numberLabel = QLabel(StockDocumentDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.headerLayout.addWidget(self.numberLabel, 0, 0, 1, 1)

        self.numberEdit = QLineEdit(StockDocumentDialog)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setReadOnly(True)

        self.headerLayout.addWidget(self.numberEdit, 0, 1, 1, 1)

        self.dateLabel = QLabel(StockDocumentDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.headerLayout.addWidget(self.dateLabel, 0, 2, 1, 1)

        self.dateEdit = DateTimeEdit(StockDocumentDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.headerLayout.addWidget(self.dateEdit, 0, 3, 1, 1)

        self.entityLabel = QLabel(StockDocumentDialog)
        self.entityLabel.setObjectName(u"entityLabel")

        self.headerLayout.addWidget(self.entityLabel, 1, 0, 1, 1)

        self.entityCombo = QComboBox(StockDocumentDialog)
        self.entityCombo.setObjectName(u"entityCombo")

        self.headerLayout.addWidget(self.entityCombo, 1, 1, 1, 1)

        self.warehouseLabel = QLabel(StockDocumentDialog)
        self.warehouseLabel.setObjectName(u"warehouseLabel")

        self.headerLayout.addWidget(self.warehouseLabel, 1, 2, 1, 1)

        self.warehouseCombo = QComboBox(StockDocumentDialog)
        self.warehouseCombo.setObjectName(u"warehouseCombo")

        self.headerLayout.addWidget(self.warehouseCombo, 1, 3, 1, 1)

        self.clientLabel = QLabel(StockDocumentDialog)
        self.clientLabel.setObjectName(u"clientLabel")

        self.headerLayout.addWidget(self.clientLabel, 2, 0, 1, 1)

        self.clientLayout = QHBoxLayout()
        self.clientLayout.setObjectName(u"clientLayout")
        self.clientEdit = QLineEdit(StockDocumentDialog)
        self.clientEdit.setObjectName(u"clientEdit")

        self.clientLayout.addWidget(self.clientEdit)

        self.clientFindButton = QToolButton(StockDocumentDialog)
        self.clientFindButton.setObjectName(u"clientFindButton")

        self.clientLayout.addWidget(self.clientFindButton)


        self.headerLayout.addLayout(self.clientLayout, 2, 1, 1, 1)

        self.vatModeLabel = QLabel(StockDocumentDialog)
        self.vatModeLabel.setObjectName(u"vatModeLabel")

        self.headerLayout.addWidget(self.vatModeLabel, 2, 2, 1, 1)

        self.vatModeCombo = QComboBox(StockDocumentDialog)
        self.vatModeCombo.setObjectName(u"vatModeCombo")

        self.headerLayout.addWidget(self.vatModeCombo, 2, 3, 1, 1)

        self.notesLabel = QLabel(StockDocumentDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.headerLayout.addWidget(self.notesLabel, 3, 0, 1, 1)

        self.notesEdit = QLineEdit(StockDocumentDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaxLength(1000)

        self.headerLayout.addWidget(self.notesEdit, 3, 1, 1, 3)

        self.headerLayout.setColumnStretch(1, 3)
        self.headerLayout.setColumnStretch(3, 2)

        self.mainLayout.addLayout(self.headerLayout)

        self.tabs = QTabWidget(StockDocumentDialog)
        self.tabs.setObjectName(u"tabs")
        self.linesTab = QWidget()
        self.linesTab.setObjectName(u"linesTab")
        self.linesLayout = QVBoxLayout(self.linesTab)
        self.linesLayout.setObjectName(u"linesLayout")
        self.linesToolbar = QHBoxLayout()
        self.linesToolbar.setObjectName(u"linesToolbar")
        self.addLineButton = QPushButton(self.linesTab)
        self.addLineButton.setObjectName(u"addLineButton")
        self.addLineButton.setAutoDefault(False)

        self.linesToolbar.addWidget(self.addLineButton)

        self.deleteLineButton = QPushButton(self.linesTab)
        self.deleteLineButton.setObjectName(u"deleteLineButton")
        self.deleteLineButton.setAutoDefault(False)

        self.linesToolbar.addWidget(self.deleteLineButton)

        self.specButton = QPushButton(self.linesTab)
        self.specButton.setObjectName(u"specButton")
        self.specButton.setAutoDefault(False)

        self.linesToolbar.addWidget(self.specButton)

        self.linesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.linesToolbar.addItem(self.linesSpacer)

        self.storePricesCheck = QCheckBox(self.linesTab)
        self.storePricesCheck.setObjectName(u"storePricesCheck")

        self.linesToolbar.addWidget(self.storePricesCheck)


        self.linesLayout.addLayout(self.linesToolbar)

        self.linesView = QTableView(self.linesTab)
        self.linesView.setObjectName(u"linesView")
        self.linesView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.linesView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.linesView.setAlternatingRowColors(True)
        self.linesView.setContextMenuPolicy(Qt.ActionsContextMenu)

        self.linesLayout.addWidget(self.linesView)

        self.tabs.addTab(self.linesTab, "")
        self.componentsTab = QWidget()
        self.componentsTab.setObjectName(u"componentsTab")
        self.componentsLayout = QVBoxLayout(self.componentsTab)
        self.componentsLayout.setObjectName(u"componentsLayout")
        self.componentsToolbar = QHBoxLayout()
        self.componentsToolbar.setObjectName(u"componentsToolbar")
        self.addComponentButton = QPushButton(self.componentsTab)
        self.addComponentButton.setObjectName(u"addComponentButton")
        self.addComponentButton.setAutoDefault(False)

        self.componentsToolbar.addWidget(self.addComponentButton)

        self.deleteComponentButton = QPushButton(self.componentsTab)
        self.deleteComponentButton.setObjectName(u"deleteComponentButton")
        self.deleteComponentButton.setAutoDefault(False)

        self.componentsToolbar.addWidget(self.deleteComponentButton)

        self.componentsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.componentsToolbar.addItem(self.componentsSpacer)


        self.componentsLayout.addLayout(self.componentsToolbar)

        self.componentsView = QTableView(self.componentsTab)
        self.componentsView.setObjectName(u"componentsView")
        self.componentsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.componentsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.componentsView.setAlternatingRowColors(True)
        self.componentsView.setContextMenuPolicy(Qt.ActionsContextMenu)

        self.componentsLayout.addWidget(self.componentsView)

        self.tabs.addTab(self.componentsTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.totalsLabel = QLabel(StockDocumentDialog)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.mainLayout.addWidget(self.totalsLabel)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.postButton = QPushButton(StockDocumentDialog)
        self.postButton.setObjectName(u"postButton")
        self.postButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.postButton)

        self.unpostButton = QPushButton(StockDocumentDialog)
        self.unpostButton.setObjectName(u"unpostButton")
        self.unpostButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.unpostButton)

        self.printButton = QPushButton(StockDocumentDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.printButton)

        self.selectionButton = QPushButton(StockDocumentDialog)
        self.selectionButton.setObjectName(u"selectionButton")
        self.selectionButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.selectionButton)

        self.tagsButton = QPushButton(StockDocumentDialog)
        self.tagsButton.setObjectName(u"tagsButton")
        self.tagsButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.tagsButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.saveButton = QPushButton(StockDocumentDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.saveButton)

        self.okButton = QPushButton(StockDocumentDialog)
        self.okButton.setObjectName(u"okButton")
        self.okButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.okButton)

        self.closeButton = QPushButton(StockDocumentDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.numberEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.entityLabel.setBuddy(self.entityCombo)
        self.warehouseLabel.setBuddy(self.warehouseCombo)
        self.clientLabel.setBuddy(self.clientEdit)
        self.vatModeLabel.setBuddy(self.vatModeCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.entityCombo)
        QWidget.setTabOrder(self.entityCombo, self.warehouseCombo)
        QWidget.setTabOrder(self.warehouseCombo, self.clientEdit)
        QWidget.setTabOrder(self.clientEdit, self.vatModeCombo)
        QWidget.setTabOrder(self.vatModeCombo, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.linesView)

        self.retranslateUi(StockDocumentDialog)
    # setupUi

    def retranslateUi(self, StockDocumentDialog):
        StockDocumentDialog.setWindowTitle(QCoreApplication.translate("StockDocumentDialog", u"\u0421\u043a\u043b\u0430\u0434\u0441\u043a\u043e\u0439 \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442", None))
        self.stateLabel.setText(QCoreApplication.translate("StockDocumentDialog", u"\u041d\u0435 \u043f\u0440\u043e\u0432\u0435\u0434\u0451\u043d", None))
        self.numberLabel.setText(QCoreApplication.translate("StockDocumentDialog", u"\u041d\u043e\u043c\u0435\u0440:", None))
        self.dateLabel.setText(QCoreApplication.translate("StockDocumentDialog", u"&\u0414\u0430\u0442\u0430 \u0438 \u0432\u0440\u0435\u043c\u044f:", None))
        self.entityLabel.setText(QCoreApplication.translate("StockDocumentDialog", u"&\u042e\u0440. \u043b\u0438\u0446\u043e:", None))
        self.warehouseLabel.setText(QCoreApplication.translate("StockDocumentDialog", u"&\u0421\u043a\u043b\u0430\u0434:", None))
        self.clientLabel.setText(QCoreApplication.translate("StockDocumentDialog", u"&\u041a\u043e\u043d\u0442\u0440\u0430\u0433\u0435\u043d\u0442:", None))
        self.clientEdit.setPlaceholderText(QCoreApplication.translate("StockDocumentDialog", u"\u043a\u043e\u0434 \u0438\u043b\u0438 \u0447\u0430\u0441\u0442\u044c \u043d\u0430\u0437\u0432\u0430\u043d\u0438\u044f, Enter \u2014 \u043d\u0430\u0439\u0442\u0438", None))
#if QT_CONFIG(tooltip)
        self.clientEdit.setToolTip(QCoreApplication.translate("StockDocumentDialog", u"\u0412\u0432\u0435\u0434\u0438\u0442\u0435 \u043a\u043e\u0434 \u043a\u043b\u0438\u0435\u043d\u0442\u0430 \u0438\u043b\u0438 \u0447\u0430\u0441\u0442\u044c \u043d\u0430\u0437\u0432\u0430\u043d\u0438\u044f \u0438 \u043d\u0430\u0436\u043c\u0438\u0442\u0435 Enter", None))
#endif // QT_CONFIG(tooltip)
        self.clientFindButton.setText(QCoreApplication.translate("StockDocumentDialog", u"\u041d\u0430\u0439\u0442\u0438\u2026", None))
#if QT_CONFIG(tooltip)
        self.clientFindButton.setToolTip(QCoreApplication.translate("StockDocumentDialog", u"\u041d\u0430\u0439\u0442\u0438 \u043a\u043e\u043d\u0442\u0440\u0430\u0433\u0435\u043d\u0442\u0430 \u043f\u043e \u043a\u043e\u0434\u0443 \u0438\u043b\u0438 \u0447\u0430\u0441\u0442\u0438 \u043d\u0430\u0437\u0432\u0430\u043d\u0438\u044f (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.vatModeLabel.setText(QCoreApplication.translate("StockDocumentDialog", u"&\u041d\u0414\u0421:", None))
        self.notesLabel.setText(QCoreApplication.translate("StockDocumentDialog", u"&\u041f\u0440\u0438\u043c\u0435\u0447\u0430\u043d\u0438\u0435:", None))
        self.addLineButton.setText(QCoreApplication.translate("StockDocumentDialog", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c\u2026", None))
#if QT_CONFIG(tooltip)
        self.addLineButton.setToolTip(QCoreApplication.translate("StockDocumentDialog", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u043f\u043e\u0437\u0438\u0446\u0438\u044e \u0438\u0437 \u043d\u043e\u043c\u0435\u043d\u043a\u043b\u0430\u0442\u0443\u0440\u044b (Ins)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteLineButton.setText(QCoreApplication.translate("StockDocumentDialog", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.deleteLineButton.setToolTip(QCoreApplication.translate("StockDocumentDialog", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c \u0442\u0435\u043a\u0443\u0449\u0443\u044e \u043f\u043e\u0437\u0438\u0446\u0438\u044e (Del)", None))
#endif // QT_CONFIG(tooltip)
        self.specButton.setText(QCoreApplication.translate("StockDocumentDialog", u"\u0417\u0430\u043f\u043e\u043b\u043d\u0438\u0442\u044c \u043f\u043e \u0441\u043f\u0435\u0446\u0438\u0444\u0438\u043a\u0430\u0446\u0438\u0438\u2026", None))
#if QT_CONFIG(tooltip)
        self.specButton.setToolTip(QCoreApplication.translate("StockDocumentDialog", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u043a\u043e\u043c\u043f\u043b\u0435\u043a\u0442\u0443\u044e\u0449\u0438\u0435 \u0442\u0435\u043a\u0443\u0449\u0435\u0433\u043e \u043f\u0440\u043e\u0434\u0443\u043a\u0442\u0430 \u043f\u043e \u0435\u0433\u043e \u043f\u0440\u043e\u0438\u0437\u0432\u043e\u0434\u0441\u0442\u0432\u0435\u043d\u043d\u043e\u0439 \u0441\u043f\u0435\u0446\u0438\u0444\u0438\u043a\u0430\u0446\u0438\u0438", None))
#endif // QT_CONFIG(tooltip)
        self.storePricesCheck.setText(QCoreApplication.translate("StockDocumentDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c &\u0446\u0435\u043d\u044b \u0432 \u043d\u043e\u043c\u0435\u043d\u043a\u043b\u0430\u0442\u0443\u0440\u0435", None))
#if QT_CONFIG(tooltip)
        self.storePricesCheck.setToolTip(QCoreApplication.translate("StockDocumentDialog", u"\u0417\u0430\u043a\u0443\u043f\u043e\u0447\u043d\u044b\u0435 \u0446\u0435\u043d\u044b, \u043d\u0430\u0446\u0435\u043d\u043a\u0438 \u0438 \u0446\u0435\u043d\u044b \u043f\u0440\u043e\u0434\u0430\u0436\u0438 \u043f\u043e\u0437\u0438\u0446\u0438\u0439 \u0437\u0430\u043f\u0438\u0448\u0443\u0442\u0441\u044f \u0432 \u0441\u043f\u0440\u0430\u0432\u043e\u0447\u043d\u0438\u043a \u043d\u043e\u043c\u0435\u043d\u043a\u043b\u0430\u0442\u0443\u0440\u044b \u043f\u0440\u0438 \u0441\u043e\u0445\u0440\u0430\u043d\u0435\u043d\u0438\u0438", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.linesTab), QCoreApplication.translate("StockDocumentDialog", u"\u041f\u043e\u0437\u0438\u0446\u0438\u0438", None))
        self.addComponentButton.setText(QCoreApplication.translate("StockDocumentDialog", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c\u2026", None))
#if QT_CONFIG(tooltip)
        self.addComponentButton.setToolTip(QCoreApplication.translate("StockDocumentDialog", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u043a\u043e\u043c\u043f\u043b\u0435\u043a\u0442\u0443\u044e\u0449\u0435\u0435 \u0438\u0437 \u043d\u043e\u043c\u0435\u043d\u043a\u043b\u0430\u0442\u0443\u0440\u044b (Ins)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteComponentButton.setText(QCoreApplication.translate("StockDocumentDialog", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.deleteComponentButton.setToolTip(QCoreApplication.translate("StockDocumentDialog", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c \u0442\u0435\u043a\u0443\u0449\u0435\u0435 \u043a\u043e\u043c\u043f\u043b\u0435\u043a\u0442\u0443\u044e\u0449\u0435\u0435 (Del)", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.componentsTab), QCoreApplication.translate("StockDocumentDialog", u"\u041a\u043e\u043c\u043f\u043b\u0435\u043a\u0442\u0443\u044e\u0449\u0438\u0435", None))
        self.totalsLabel.setStyleSheet(QCoreApplication.translate("StockDocumentDialog", u"font-weight: bold;", None))
        self.postButton.setText(QCoreApplication.translate("StockDocumentDialog", u"\u041f\u0440\u043e\u0432\u0435\u0441\u0442\u0438", None))
#if QT_CONFIG(tooltip)
        self.postButton.setToolTip(QCoreApplication.translate("StockDocumentDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c \u043f\u0440\u0438 \u043d\u0435\u043e\u0431\u0445\u043e\u0434\u0438\u043c\u043e\u0441\u0442\u0438 \u0438 \u043f\u0440\u043e\u0432\u0435\u0441\u0442\u0438 \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442 (F9)", None))
#endif // QT_CONFIG(tooltip)
        self.unpostButton.setText(QCoreApplication.translate("StockDocumentDialog", u"\u041e\u0442\u043c\u0435\u043d\u0438\u0442\u044c \u043f\u0440\u043e\u0432\u0435\u0434\u0435\u043d\u0438\u0435", None))
#if QT_CONFIG(tooltip)
        self.unpostButton.setToolTip(QCoreApplication.translate("StockDocumentDialog", u"\u041e\u0442\u043c\u0435\u043d\u0438\u0442\u044c \u043f\u0440\u043e\u0432\u0435\u0434\u0435\u043d\u0438\u0435, \u0447\u0442\u043e\u0431\u044b \u0438\u0437\u043c\u0435\u043d\u0438\u0442\u044c \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("StockDocumentDialog", u"\u041f\u0435\u0447\u0430\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("StockDocumentDialog", u"\u041f\u0435\u0447\u0430\u0442\u043d\u0430\u044f \u0444\u043e\u0440\u043c\u0430 \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442\u0430 (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.selectionButton.setText(QCoreApplication.translate("StockDocumentDialog", u"\u041f\u043e\u0434\u0431\u043e\u0440\u2026", None))
#if QT_CONFIG(tooltip)
        self.selectionButton.setToolTip(QCoreApplication.translate("StockDocumentDialog", u"\u0421\u0444\u043e\u0440\u043c\u0438\u0440\u043e\u0432\u0430\u0442\u044c \u043f\u0435\u0440\u0432\u0438\u0447\u043d\u044b\u0435 \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442\u044b \u0440\u0430\u0441\u0445\u043e\u0434\u043d\u043e\u0439 \u043d\u0430\u043a\u043b\u0430\u0434\u043d\u043e\u0439 \u043e\u0434\u043d\u0438\u043c \u0444\u0430\u0439\u043b\u043e\u043c", None))
#endif // QT_CONFIG(tooltip)
        self.tagsButton.setText(QCoreApplication.translate("StockDocumentDialog", u"\u0426\u0435\u043d\u043d\u0438\u043a\u0438\u2026", None))
#if QT_CONFIG(tooltip)
        self.tagsButton.setToolTip(QCoreApplication.translate("StockDocumentDialog", u"\u0426\u0435\u043d\u043d\u0438\u043a\u0438 \u043d\u0430 \u0442\u043e\u0432\u0430\u0440 \u044d\u0442\u043e\u0439 \u043f\u0440\u0438\u0445\u043e\u0434\u043d\u043e\u0439 \u043d\u0430\u043a\u043b\u0430\u0434\u043d\u043e\u0439", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("StockDocumentDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("StockDocumentDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c, \u043d\u0435 \u0437\u0430\u043a\u0440\u044b\u0432\u0430\u044f (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.okButton.setText(QCoreApplication.translate("StockDocumentDialog", u"OK", None))
#if QT_CONFIG(tooltip)
        self.okButton.setToolTip(QCoreApplication.translate("StockDocumentDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c, \u043f\u0440\u0435\u0434\u043b\u043e\u0436\u0438\u0442\u044c \u043f\u0440\u043e\u0432\u0435\u0441\u0442\u0438 \u0438 \u0437\u0430\u043a\u0440\u044b\u0442\u044c (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("StockDocumentDialog", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("StockDocumentDialog", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c (Esc)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

