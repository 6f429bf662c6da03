# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'window.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateTimeEdit,
    QFormLayout, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPlainTextEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QSplitter,
    QTabWidget, QTimeEdit, QVBoxLayout, QWidget)

class Ui_GroupProcessingWindow(object):
    def setupUi(self, GroupProcessingWindow):
        if not GroupProcessingWindow.objectName():
            GroupProcessingWindow.setObjectName(u"GroupProcessingWindow")
        GroupProcessingWindow.resize(860, 680)
        self.mainLayout = QVBoxLayout(GroupProcessingWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.countLabel = QLabel(GroupProcessingWindow)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.countLabel)

        self.splitter = QSplitter(GroupProcessingWindow)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        self.classifiersPage = QWidget()
        self.classifiersPage.setObjectName(u"classifiersPage")
        self.tabs.addTab(self.classifiersPage, "")
        self.operativePage = QWidget()
        self.operativePage.setObjectName(u"operativePage")
        self.tabs.addTab(self.operativePage, "")
        self.accessPage = QWidget()
        self.accessPage.setObjectName(u"accessPage")
        self.tabs.addTab(self.accessPage, "")
        self.taskPage = QWidget()
        self.taskPage.setObjectName(u"taskPage")
        self.taskLayout = QVBoxLayout(self.taskPage)
        self.taskLayout.setObjectName(u"taskLayout")
        self.assignCheck = QCheckBox(self.taskPage)
        self.assignCheck.setObjectName(u"assignCheck")

        self.taskLayout.addWidget(self.assignCheck)

        self.taskBox = QWidget(self.taskPage)
        self.taskBox.setObjectName(u"taskBox")
        self.taskBox.setEnabled(False)
        self.taskForm = QFormLayout(self.taskBox)
        self.taskForm.setObjectName(u"taskForm")
        self.taskForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.taskForm.setContentsMargins(0, 0, 0, 0)
        self.executorCaption = QLabel(self.taskBox)
        self.executorCaption.setObjectName(u"executorCaption")

        self.taskForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.executorCaption)

        self.executorHost = QWidget(self.taskBox)
        self.executorHost.setObjectName(u"executorHost")

        self.taskForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.executorHost)

        self.importanceCaption = QLabel(self.taskBox)
        self.importanceCaption.setObjectName(u"importanceCaption")

        self.taskForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.importanceCaption)

        self.importanceCombo = QComboBox(self.taskBox)
        self.importanceCombo.setObjectName(u"importanceCombo")

        self.taskForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.importanceCombo)

        self.reportCheck = QCheckBox(self.taskBox)
        self.reportCheck.setObjectName(u"reportCheck")

        self.taskForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reportCheck)

        self.startCaption = QLabel(self.taskBox)
        self.startCaption.setObjectName(u"startCaption")

        self.taskForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startCaption)

        self.startRow = QHBoxLayout()
        self.startRow.setObjectName(u"startRow")
        self.startEdit = QDateTimeEdit(self.taskBox)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.startRow.addWidget(self.startEdit)

        self.durationCaption = QLabel(self.taskBox)
        self.durationCaption.setObjectName(u"durationCaption")

        self.startRow.addWidget(self.durationCaption)

        self.durationSpin = QSpinBox(self.taskBox)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMinimum(5)
        self.durationSpin.setMaximum(1440)
        self.durationSpin.setSingleStep(5)
        self.durationSpin.setValue(30)

        self.startRow.addWidget(self.durationSpin)

        self.startSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startRow.addItem(self.startSpacer)


        self.taskForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.startRow)

        self.spreadRow = QHBoxLayout()
        self.spreadRow.setObjectName(u"spreadRow")
        self.spreadCheck = QCheckBox(self.taskBox)
        self.spreadCheck.setObjectName(u"spreadCheck")

        self.spreadRow.addWidget(self.spreadCheck)

        self.dayEndCaption = QLabel(self.taskBox)
        self.dayEndCaption.setObjectName(u"dayEndCaption")

        self.spreadRow.addWidget(self.dayEndCaption)

        self.dayEndEdit = QTimeEdit(self.taskBox)
        self.dayEndEdit.setObjectName(u"dayEndEdit")
        self.dayEndEdit.setEnabled(False)

        self.spreadRow.addWidget(self.dayEndEdit)

        self.spreadSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.spreadRow.addItem(self.spreadSpacer)


        self.taskForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.spreadRow)

        self.dueCheck = QCheckBox(self.taskBox)
        self.dueCheck.setObjectName(u"dueCheck")

        self.taskForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dueCheck)

        self.dueRow = QHBoxLayout()
        self.dueRow.setObjectName(u"dueRow")
        self.dueEdit = QDateTimeEdit(self.taskBox)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setEnabled(False)
        self.dueEdit.setCalendarPopup(True)

        self.dueRow.addWidget(self.dueEdit)

        self.dueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dueRow.addItem(self.dueSpacer)


        self.taskForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.dueRow)

        self.bodyCaption = QLabel(self.taskBox)
        self.bodyCaption.setObjectName(u"bodyCaption")

        self.taskForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.bodyCaption)

        self.bodyEdit = QPlainTextEdit(self.taskBox)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setTabChangesFocus(True)

        self.taskForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.bodyEdit)


        self.taskLayout.addWidget(self.taskBox)

        self.tabs.addTab(self.taskPage, "")
        self.splitter.addWidget(self.tabs)
        self.logBox = QWidget(self.splitter)
        self.logBox.setObjectName(u"logBox")
        self.logLayout = QVBoxLayout(self.logBox)
        self.logLayout.setObjectName(u"logLayout")
        self.logLayout.setContentsMargins(0, 0, 0, 0)
        self.logCaption = QLabel(self.logBox)
        self.logCaption.setObjectName(u"logCaption")

        self.logLayout.addWidget(self.logCaption)

        self.logList = QListWidget(self.logBox)
        self.logList.setObjectName(u"logList")
        self.logList.setWordWrap(True)
        self.logList.setAlternatingRowColors(True)

        self.logLayout.addWidget(self.logList)

        self.summaryLabel = QLabel(self.logBox)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.logLayout.addWidget(self.summaryLabel)

        self.splitter.addWidget(self.logBox)

        self.mainLayout.addWidget(self.splitter)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.progressBar = QProgressBar(GroupProcessingWindow)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)
        self.progressBar.setVisible(False)

        self.bottomLayout.addWidget(self.progressBar)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.runButton = QPushButton(GroupProcessingWindow)
        self.runButton.setObjectName(u"runButton")
        self.runButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.runButton)

        self.cancelButton = QPushButton(GroupProcessingWindow)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setEnabled(False)
        self.cancelButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.cancelButton)

        self.closeButton = QPushButton(GroupProcessingWindow)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.importanceCaption.setBuddy(self.importanceCombo)
        self.startCaption.setBuddy(self.startEdit)
        self.durationCaption.setBuddy(self.durationSpin)
        self.dayEndCaption.setBuddy(self.dayEndEdit)
        self.bodyCaption.setBuddy(self.bodyEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GroupProcessingWindow)
    # setupUi

    def retranslateUi(self, GroupProcessingWindow):
        GroupProcessingWindow.setWindowTitle(QCoreApplication.translate("GroupProcessingWindow", u"\u041c\u0435\u043d\u0435\u0434\u0436\u0435\u0440 \u0433\u0440\u0443\u043f\u043f\u043e\u0432\u043e\u0439 \u043e\u0431\u0440\u0430\u0431\u043e\u0442\u043a\u0438", None))
        self.tabs.setTabText(self.tabs.indexOf(self.classifiersPage), QCoreApplication.translate("GroupProcessingWindow", u"\u041a\u043b\u0430\u0441\u0441\u0438\u0444\u0438\u043a\u0430\u0442\u043e\u0440\u044b", None))
        self.tabs.setTabText(self.tabs.indexOf(self.operativePage), QCoreApplication.translate("GroupProcessingWindow", u"\u041e\u043f\u0435\u0440\u0430\u0442\u0438\u0432\u043d\u0430\u044f \u0440\u0430\u0431\u043e\u0442\u0430", None))
        self.tabs.setTabText(self.tabs.indexOf(self.accessPage), QCoreApplication.translate("GroupProcessingWindow", u"\u0414\u043e\u0441\u0442\u0443\u043f", None))
        self.assignCheck.setText(QCoreApplication.translate("GroupProcessingWindow", u"&\u041d\u0430\u0437\u043d\u0430\u0447\u0438\u0442\u044c \u0437\u0430\u0434\u0430\u0447\u0443", None))
        self.executorCaption.setText(QCoreApplication.translate("GroupProcessingWindow", u"\u0418\u0441\u043f\u043e\u043b\u043d\u0438\u0442\u0435\u043b\u044c:", None))
        self.importanceCaption.setText(QCoreApplication.translate("GroupProcessingWindow", u"\u0412\u0430\u0436\u043d\u043e\u0441\u0442\u044c:", None))
        self.reportCheck.setText(QCoreApplication.translate("GroupProcessingWindow", u"\u0422\u0440\u0435\u0431\u0443\u0435\u0442 \u043e\u0442\u0447\u0435\u0442\u0430 \u043e &\u0432\u044b\u043f\u043e\u043b\u043d\u0435\u043d\u0438\u0438", None))
        self.startCaption.setText(QCoreApplication.translate("GroupProcessingWindow", u"\u041d\u0430&\u0447\u0430\u043b\u043e:", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("GroupProcessingWindow", u"dd.MM.yyyy HH:mm", None))
        self.durationCaption.setText(QCoreApplication.translate("GroupProcessingWindow", u"&\u0414\u043b\u0438\u0442\u0435\u043b\u044c\u043d\u043e\u0441\u0442\u044c:", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("GroupProcessingWindow", u" \u043c\u0438\u043d", None))
        self.spreadCheck.setText(QCoreApplication.translate("GroupProcessingWindow", u"&\u0420\u0430\u0441\u043f\u0440\u0435\u0434\u0435\u043b\u0438\u0442\u044c \u043f\u043e \u0432\u0440\u0435\u043c\u0435\u043d\u0438", None))
#if QT_CONFIG(tooltip)
        self.spreadCheck.setToolTip(QCoreApplication.translate("GroupProcessingWindow", u"\u041f\u0435\u0440\u0432\u043e\u043c\u0443 \u043a\u043b\u0438\u0435\u043d\u0442\u0443 \u0437\u0430\u0434\u0430\u0447\u0430 \u0441\u0442\u0430\u0432\u0438\u0442\u0441\u044f \u043d\u0430 \u0432\u0440\u0435\u043c\u044f \u043d\u0430\u0447\u0430\u043b\u0430, \u0441\u043b\u0435\u0434\u0443\u044e\u0449\u0435\u043c\u0443 \u2014 \u043d\u0430 \u0432\u0440\u0435\u043c\u044f \u043d\u0430\u0447\u0430\u043b\u0430 \u043f\u043b\u044e\u0441 \u0434\u043b\u0438\u0442\u0435\u043b\u044c\u043d\u043e\u0441\u0442\u044c \u0438 \u0442\u0430\u043a \u0434\u0430\u043b\u0435\u0435", None))
#endif // QT_CONFIG(tooltip)
        self.dayEndCaption.setText(QCoreApplication.translate("GroupProcessingWindow", u"\u0440\u0430\u0431\u043e\u0447\u0438\u0439 \u0434\u0435\u043d\u044c \u0434\u043e:", None))
        self.dayEndEdit.setDisplayFormat(QCoreApplication.translate("GroupProcessingWindow", u"HH:mm", None))
#if QT_CONFIG(tooltip)
        self.dayEndEdit.setToolTip(QCoreApplication.translate("GroupProcessingWindow", u"\u0417\u0430\u0434\u0430\u0447\u0438, \u043a\u043e\u0442\u043e\u0440\u044b\u0435 \u043d\u0435 \u043f\u043e\u043c\u0435\u0449\u0430\u044e\u0442\u0441\u044f \u0432 \u0440\u0430\u0431\u043e\u0447\u0438\u0439 \u0434\u0435\u043d\u044c, \u043f\u0435\u0440\u0435\u043d\u043e\u0441\u044f\u0442\u0441\u044f \u043d\u0430 \u0441\u043b\u0435\u0434\u0443\u044e\u0449\u0438\u0439 \u0440\u0430\u0431\u043e\u0447\u0438\u0439 \u0434\u0435\u043d\u044c (\u0441\u0443\u0431\u0431\u043e\u0442\u0430 \u0438 \u0432\u043e\u0441\u043a\u0440\u0435\u0441\u0435\u043d\u044c\u0435 \u043f\u0440\u043e\u043f\u0443\u0441\u043a\u0430\u044e\u0442\u0441\u044f) \u043d\u0430 \u0442\u043e \u0436\u0435 \u0432\u0440\u0435\u043c\u044f \u043d\u0430\u0447\u0430\u043b\u0430", None))
#endif // QT_CONFIG(tooltip)
        self.dueCheck.setText(QCoreApplication.translate("GroupProcessingWindow", u"&\u0421\u0440\u043e\u043a:", None))
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("GroupProcessingWindow", u"dd.MM.yyyy HH:mm", None))
        self.bodyCaption.setText(QCoreApplication.translate("GroupProcessingWindow", u"&\u0422\u0435\u043a\u0441\u0442 \u0437\u0430\u0434\u0430\u0447\u0438:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.taskPage), QCoreApplication.translate("GroupProcessingWindow", u"\u0417\u0430\u0434\u0430\u0447\u0430", None))
        self.logCaption.setText(QCoreApplication.translate("GroupProcessingWindow", u"\u0420\u0435\u0437\u0443\u043b\u044c\u0442\u0430\u0442\u044b \u043e\u0431\u0440\u0430\u0431\u043e\u0442\u043a\u0438:", None))
        self.runButton.setText(QCoreApplication.translate("GroupProcessingWindow", u"&\u0417\u0430\u043f\u0443\u0441\u043a \u043e\u0431\u0440\u0430\u0431\u043e\u0442\u043a\u0438", None))
        self.cancelButton.setText(QCoreApplication.translate("GroupProcessingWindow", u"&\u041e\u0442\u043c\u0435\u043d\u0430", None))
        self.closeButton.setText(QCoreApplication.translate("GroupProcessingWindow", u"\u0417\u0430&\u043a\u0440\u044b\u0442\u044c", None))
    # retranslateUi

