# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'designer_window.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from crm_desktop.ui.processes.diagram import ProcessDiagram

class Ui_ProcessDesignerWindow(object):
    def setupUi(self, ProcessDesignerWindow):
        if not ProcessDesignerWindow.objectName():
            ProcessDesignerWindow.setObjectName(u"ProcessDesignerWindow")
        ProcessDesignerWindow.resize(1200, 760)
        self.mainLayout = QHBoxLayout(ProcessDesignerWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.splitter = QSplitter(ProcessDesignerWindow)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.processesLabel = QLabel(self.listPane)
        self.processesLabel.setObjectName(u"processesLabel")

        self.listLayout.addWidget(self.processesLabel)

        self.processList = QListWidget(self.listPane)
        self.processList.setObjectName(u"processList")

        self.listLayout.addWidget(self.processList)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newProcessButton = QPushButton(self.listPane)
        self.newProcessButton.setObjectName(u"newProcessButton")

        self.listButtons.addWidget(self.newProcessButton)

        self.deleteProcessButton = QPushButton(self.listPane)
        self.deleteProcessButton.setObjectName(u"deleteProcessButton")

        self.listButtons.addWidget(self.deleteProcessButton)


        self.listLayout.addLayout(self.listButtons)

        self.splitter.addWidget(self.listPane)
        self.editPane = QWidget(self.splitter)
        self.editPane.setObjectName(u"editPane")
        self.editLayout = QVBoxLayout(self.editPane)
        self.editLayout.setObjectName(u"editLayout")
        self.editLayout.setContentsMargins(0, 0, 0, 0)
        self.nameLayout = QHBoxLayout()
        self.nameLayout.setObjectName(u"nameLayout")
        self.nameLabel = QLabel(self.editPane)
        self.nameLabel.setObjectName(u"nameLabel")

        self.nameLayout.addWidget(self.nameLabel)

        self.nameEdit = QLineEdit(self.editPane)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.nameLayout.addWidget(self.nameEdit)

        self.activeCheck = QCheckBox(self.editPane)
        self.activeCheck.setObjectName(u"activeCheck")

        self.nameLayout.addWidget(self.activeCheck)


        self.editLayout.addLayout(self.nameLayout)

        self.stagesLabel = QLabel(self.editPane)
        self.stagesLabel.setObjectName(u"stagesLabel")

        self.editLayout.addWidget(self.stagesLabel)

        self.stagesTable = QTableWidget(self.editPane)
        self.stagesTable.setObjectName(u"stagesTable")
        self.stagesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.stagesTable.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.editLayout.addWidget(self.stagesTable)

        self.resultsLabel = QLabel(self.editPane)
        self.resultsLabel.setObjectName(u"resultsLabel")

        self.editLayout.addWidget(self.resultsLabel)

        self.resultsTable = QTableWidget(self.editPane)
        self.resultsTable.setObjectName(u"resultsTable")
        self.resultsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.resultsTable.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.editLayout.addWidget(self.resultsTable)

        self.messagesLabel = QLabel(self.editPane)
        self.messagesLabel.setObjectName(u"messagesLabel")

        self.editLayout.addWidget(self.messagesLabel)

        self.messagesText = QPlainTextEdit(self.editPane)
        self.messagesText.setObjectName(u"messagesText")
        self.messagesText.setReadOnly(True)
        self.messagesText.setMaximumSize(QSize(16777215, 110))

        self.editLayout.addWidget(self.messagesText)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(self.editPane)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)

        self.closeButton = QPushButton(self.editPane)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsLayout.addWidget(self.closeButton)


        self.editLayout.addLayout(self.buttonsLayout)

        self.splitter.addWidget(self.editPane)
        self.diagram = ProcessDiagram(self.splitter)
        self.diagram.setObjectName(u"diagram")
        self.splitter.addWidget(self.diagram)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.processesLabel.setBuddy(self.processList)
        self.nameLabel.setBuddy(self.nameEdit)
        self.stagesLabel.setBuddy(self.stagesTable)
        self.resultsLabel.setBuddy(self.resultsTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.processList, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.activeCheck)
        QWidget.setTabOrder(self.activeCheck, self.stagesTable)
        QWidget.setTabOrder(self.stagesTable, self.resultsTable)
        QWidget.setTabOrder(self.resultsTable, self.saveButton)

        self.retranslateUi(ProcessDesignerWindow)
    # setupUi

    def retranslateUi(self, ProcessDesignerWindow):
        ProcessDesignerWindow.setWindowTitle(QCoreApplication.translate("ProcessDesignerWindow", u"\u041f\u0440\u043e\u0446\u0435\u0441\u0441\u044b \u2013 \u041d\u0430\u0441\u0442\u0440\u043e\u0439\u043a\u0430 \u043f\u0440\u043e\u0446\u0435\u0441\u0441\u043e\u0432", None))
        self.processesLabel.setText(QCoreApplication.translate("ProcessDesignerWindow", u"&\u041f\u0440\u043e\u0446\u0435\u0441\u0441\u044b", None))
        self.newProcessButton.setText(QCoreApplication.translate("ProcessDesignerWindow", u"\u041d\u043e\u0432\u044b\u0439", None))
        self.deleteProcessButton.setText(QCoreApplication.translate("ProcessDesignerWindow", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c", None))
        self.nameLabel.setText(QCoreApplication.translate("ProcessDesignerWindow", u"&\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435", None))
        self.activeCheck.setText(QCoreApplication.translate("ProcessDesignerWindow", u"&\u0410\u043a\u0442\u0438\u0432\u0435\u043d", None))
#if QT_CONFIG(tooltip)
        self.activeCheck.setToolTip(QCoreApplication.translate("ProcessDesignerWindow", u"\u041d\u0435\u0430\u043a\u0442\u0438\u0432\u043d\u044b\u0439 \u043f\u0440\u043e\u0446\u0435\u0441\u0441 \u0431\u043e\u043b\u044c\u0448\u0435 \u043d\u0435 \u0437\u0430\u043f\u0443\u0441\u043a\u0430\u044e\u0442; \u0437\u0430\u043f\u0443\u0449\u0435\u043d\u043d\u044b\u0435 \u0434\u043e\u0445\u043e\u0434\u044f\u0442 \u0434\u043e \u043a\u043e\u043d\u0446\u0430", None))
#endif // QT_CONFIG(tooltip)
        self.stagesLabel.setText(QCoreApplication.translate("ProcessDesignerWindow", u"&\u042d\u0442\u0430\u043f\u044b (Ins \u2014 \u0434\u043e\u0431\u0430\u0432\u0438\u0442\u044c, Del \u2014 \u0443\u0434\u0430\u043b\u0438\u0442\u044c)", None))
        self.resultsLabel.setText(QCoreApplication.translate("ProcessDesignerWindow", u"&\u0420\u0435\u0437\u0443\u043b\u044c\u0442\u0430\u0442\u044b \u044d\u0442\u0430\u043f\u0430 (Ins \u2014 \u0434\u043e\u0431\u0430\u0432\u0438\u0442\u044c, Del \u2014 \u0443\u0434\u0430\u043b\u0438\u0442\u044c)", None))
        self.messagesLabel.setText(QCoreApplication.translate("ProcessDesignerWindow", u"\u041f\u0440\u043e\u0432\u0435\u0440\u043a\u0430 \u0441\u0445\u0435\u043c\u044b", None))
        self.saveButton.setText(QCoreApplication.translate("ProcessDesignerWindow", u"&\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c", None))
        self.closeButton.setText(QCoreApplication.translate("ProcessDesignerWindow", u"&\u0417\u0430\u043a\u0440\u044b\u0442\u044c", None))
    # retranslateUi

