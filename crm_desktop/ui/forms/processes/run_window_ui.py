# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'run_window.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from crm_desktop.ui.processes.diagram import ProcessDiagram

class Ui_ProcessRunWindow(object):
    def setupUi(self, ProcessRunWindow):
        if not ProcessRunWindow.objectName():
            ProcessRunWindow.setObjectName(u"ProcessRunWindow")
        ProcessRunWindow.resize(1000, 720)
        self.mainLayout = QVBoxLayout(ProcessRunWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(ProcessRunWindow)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setTextFormat(Qt.RichText)

        self.mainLayout.addWidget(self.headerLabel)

        self.splitter = QSplitter(ProcessRunWindow)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.diagram = ProcessDiagram(self.splitter)
        self.diagram.setObjectName(u"diagram")
        self.splitter.addWidget(self.diagram)
        self.protocolPane = QWidget(self.splitter)
        self.protocolPane.setObjectName(u"protocolPane")
        self.protocolLayout = QVBoxLayout(self.protocolPane)
        self.protocolLayout.setObjectName(u"protocolLayout")
        self.protocolLayout.setContentsMargins(0, 0, 0, 0)
        self.protocolLabel = QLabel(self.protocolPane)
        self.protocolLabel.setObjectName(u"protocolLabel")

        self.protocolLayout.addWidget(self.protocolLabel)

        self.protocolTable = QTableWidget(self.protocolPane)
        self.protocolTable.setObjectName(u"protocolTable")
        self.protocolTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.protocolTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.protocolTable.setAlternatingRowColors(True)

        self.protocolLayout.addWidget(self.protocolTable)

        self.splitter.addWidget(self.protocolPane)

        self.mainLayout.addWidget(self.splitter)

        self.stageLayout = QHBoxLayout()
        self.stageLayout.setObjectName(u"stageLayout")
        self.stateLabel = QLabel(ProcessRunWindow)
        self.stateLabel.setObjectName(u"stateLabel")

        self.stageLayout.addWidget(self.stateLabel)

        self.stateCombo = QComboBox(ProcessRunWindow)
        self.stateCombo.setObjectName(u"stateCombo")

        self.stageLayout.addWidget(self.stateCombo)

        self.stageSpacer = QSpacerItem(16, 1, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.stageLayout.addItem(self.stageSpacer)

        self.resultLabel = QLabel(ProcessRunWindow)
        self.resultLabel.setObjectName(u"resultLabel")

        self.stageLayout.addWidget(self.resultLabel)

        self.resultCombo = QComboBox(ProcessRunWindow)
        self.resultCombo.setObjectName(u"resultCombo")
        self.resultCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.stageLayout.addWidget(self.resultCombo)

        self.moveButton = QPushButton(ProcessRunWindow)
        self.moveButton.setObjectName(u"moveButton")

        self.stageLayout.addWidget(self.moveButton)

        self.stageSpacer2 = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stageLayout.addItem(self.stageSpacer2)


        self.mainLayout.addLayout(self.stageLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.statusLabel = QLabel(ProcessRunWindow)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.buttonsLayout.addWidget(self.statusLabel)

        self.buttonsSpacer = QSpacerItem(1, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.printButton = QPushButton(ProcessRunWindow)
        self.printButton.setObjectName(u"printButton")

        self.buttonsLayout.addWidget(self.printButton)

        self.closeButton = QPushButton(ProcessRunWindow)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonsLayout)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.stateLabel.setBuddy(self.stateCombo)
        self.resultLabel.setBuddy(self.resultCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.protocolTable, self.stateCombo)
        QWidget.setTabOrder(self.stateCombo, self.resultCombo)
        QWidget.setTabOrder(self.resultCombo, self.moveButton)
        QWidget.setTabOrder(self.moveButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.closeButton)

        self.retranslateUi(ProcessRunWindow)
    # setupUi

    def retranslateUi(self, ProcessRunWindow):
        ProcessRunWindow.setWindowTitle(QCoreApplication.translate("ProcessRunWindow", u"\u0425\u043e\u0434 \u043f\u0440\u043e\u0446\u0435\u0441\u0441\u0430", None))
        self.protocolLabel.setText(QCoreApplication.translate("ProcessRunWindow", u"\u041f\u0440\u043e\u0442\u043e\u043a\u043e\u043b \u043f\u0440\u043e\u0446\u0435\u0441\u0441\u0430", None))
        self.stateLabel.setText(QCoreApplication.translate("ProcessRunWindow", u"&\u0421\u043e\u0441\u0442\u043e\u044f\u043d\u0438\u0435 \u044d\u0442\u0430\u043f\u0430", None))
        self.resultLabel.setText(QCoreApplication.translate("ProcessRunWindow", u"&\u0420\u0435\u0437\u0443\u043b\u044c\u0442\u0430\u0442 \u044d\u0442\u0430\u043f\u0430", None))
        self.moveButton.setText(QCoreApplication.translate("ProcessRunWindow", u"&\u0417\u0430\u0432\u0435\u0440\u0448\u0438\u0442\u044c \u044d\u0442\u0430\u043f", None))
#if QT_CONFIG(tooltip)
        self.moveButton.setToolTip(QCoreApplication.translate("ProcessRunWindow", u"\u0417\u0430\u0432\u0435\u0440\u0448\u0438\u0442\u044c \u0442\u0435\u043a\u0443\u0449\u0438\u0439 \u044d\u0442\u0430\u043f \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u044b\u043c \u0440\u0435\u0437\u0443\u043b\u044c\u0442\u0430\u0442\u043e\u043c \u0438 \u043f\u0435\u0440\u0435\u0432\u0435\u0441\u0442\u0438 \u043f\u0440\u043e\u0446\u0435\u0441\u0441 \u0434\u0430\u043b\u044c\u0448\u0435", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("ProcessRunWindow", u"&\u041f\u0435\u0447\u0430\u0442\u044c \u043f\u0440\u043e\u0442\u043e\u043a\u043e\u043b\u0430", None))
        self.closeButton.setText(QCoreApplication.translate("ProcessRunWindow", u"\u0417\u0430&\u043a\u0440\u044b\u0442\u044c", None))
    # retranslateUi

