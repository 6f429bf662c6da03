# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'task_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QApplication, QCheckBox,
    QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QToolButton, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_TaskDialog(object):
    def setupUi(self, TaskDialog):
        if not TaskDialog.objectName():
            TaskDialog.setObjectName(u"TaskDialog")
        TaskDialog.resize(640, 720)
        self.mainLayout = QVBoxLayout(TaskDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.conditionsForm = QFormLayout()
        self.conditionsForm.setObjectName(u"conditionsForm")
        self.clientCaption = QLabel(TaskDialog)
        self.clientCaption.setObjectName(u"clientCaption")

        self.conditionsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.clientCaption)

        self.clientRow = QHBoxLayout()
        self.clientRow.setObjectName(u"clientRow")
        self.clientEdit = QLineEdit(TaskDialog)
        self.clientEdit.setObjectName(u"clientEdit")
        self.clientEdit.setClearButtonEnabled(True)

        self.clientRow.addWidget(self.clientEdit)

        self.clientFindButton = QToolButton(TaskDialog)
        self.clientFindButton.setObjectName(u"clientFindButton")

        self.clientRow.addWidget(self.clientFindButton)


        self.conditionsForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.clientRow)

        self.setterCaption = QLabel(TaskDialog)
        self.setterCaption.setObjectName(u"setterCaption")

        self.conditionsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.setterCaption)

        self.setterRow = QHBoxLayout()
        self.setterRow.setObjectName(u"setterRow")
        self.setterEdit = QLineEdit(TaskDialog)
        self.setterEdit.setObjectName(u"setterEdit")
        self.setterEdit.setReadOnly(True)

        self.setterRow.addWidget(self.setterEdit)

        self.setAtCaption = QLabel(TaskDialog)
        self.setAtCaption.setObjectName(u"setAtCaption")

        self.setterRow.addWidget(self.setAtCaption)

        self.setAtEdit = QDateTimeEdit(TaskDialog)
        self.setAtEdit.setObjectName(u"setAtEdit")
        self.setAtEdit.setReadOnly(True)
        self.setAtEdit.setButtonSymbols(QAbstractSpinBox.NoButtons)

        self.setterRow.addWidget(self.setAtEdit)


        self.conditionsForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.setterRow)

        self.executorCaption = QLabel(TaskDialog)
        self.executorCaption.setObjectName(u"executorCaption")

        self.conditionsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.executorCaption)

        self.executorHost = QWidget(TaskDialog)
        self.executorHost.setObjectName(u"executorHost")

        self.conditionsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.executorHost)

        self.importanceCaption = QLabel(TaskDialog)
        self.importanceCaption.setObjectName(u"importanceCaption")

        self.conditionsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.importanceCaption)

        self.importanceCombo = QComboBox(TaskDialog)
        self.importanceCombo.setObjectName(u"importanceCombo")

        self.conditionsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.importanceCombo)

        self.startCaption = QLabel(TaskDialog)
        self.startCaption.setObjectName(u"startCaption")

        self.conditionsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.startCaption)

        self.startRow = QHBoxLayout()
        self.startRow.setObjectName(u"startRow")
        self.startEdit = QDateTimeEdit(TaskDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.startRow.addWidget(self.startEdit)

        self.durationCaption = QLabel(TaskDialog)
        self.durationCaption.setObjectName(u"durationCaption")

        self.startRow.addWidget(self.durationCaption)

        self.durationSpin = QSpinBox(TaskDialog)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMinimum(0)
        self.durationSpin.setMaximum(100000)
        self.durationSpin.setSingleStep(15)
        self.durationSpin.setValue(30)

        self.startRow.addWidget(self.durationSpin)


        self.conditionsForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.startRow)

        self.dueCheck = QCheckBox(TaskDialog)
        self.dueCheck.setObjectName(u"dueCheck")

        self.conditionsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dueCheck)

        self.dueEdit = QDateTimeEdit(TaskDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)

        self.conditionsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dueEdit)

        self.remindCheck = QCheckBox(TaskDialog)
        self.remindCheck.setObjectName(u"remindCheck")

        self.conditionsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.remindCheck)

        self.remindSpin = QSpinBox(TaskDialog)
        self.remindSpin.setObjectName(u"remindSpin")
        self.remindSpin.setMaximum(100000)
        self.remindSpin.setSingleStep(5)
        self.remindSpin.setValue(15)

        self.conditionsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.remindSpin)

        self.reportCheck = QCheckBox(TaskDialog)
        self.reportCheck.setObjectName(u"reportCheck")

        self.conditionsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reportCheck)


        self.mainLayout.addLayout(self.conditionsForm)

        self.bodyCaption = QLabel(TaskDialog)
        self.bodyCaption.setObjectName(u"bodyCaption")

        self.mainLayout.addWidget(self.bodyCaption)

        self.bodyEdit = QPlainTextEdit(TaskDialog)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(2)
        sizePolicy.setHeightForWidth(self.bodyEdit.sizePolicy().hasHeightForWidth())
        self.bodyEdit.setSizePolicy(sizePolicy)

        self.mainLayout.addWidget(self.bodyEdit)

        self.statusLabel = QLabel(TaskDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.mainLayout.addWidget(self.statusLabel)

        self.reportCaption = QLabel(TaskDialog)
        self.reportCaption.setObjectName(u"reportCaption")

        self.mainLayout.addWidget(self.reportCaption)

        self.reportView = QPlainTextEdit(TaskDialog)
        self.reportView.setObjectName(u"reportView")
        self.reportView.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.reportView.setReadOnly(True)
        self.reportView.setMaximumHeight(80)

        self.mainLayout.addWidget(self.reportView)

        self.workflowRow = QHBoxLayout()
        self.workflowRow.setObjectName(u"workflowRow")
        self.acceptButton = QPushButton(TaskDialog)
        self.acceptButton.setObjectName(u"acceptButton")

        self.workflowRow.addWidget(self.acceptButton)

        self.completeButton = QPushButton(TaskDialog)
        self.completeButton.setObjectName(u"completeButton")

        self.workflowRow.addWidget(self.completeButton)

        self.closeButton = QPushButton(TaskDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.workflowRow.addWidget(self.closeButton)

        self.reworkButton = QPushButton(TaskDialog)
        self.reworkButton.setObjectName(u"reworkButton")

        self.workflowRow.addWidget(self.reworkButton)

        self.workflowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.workflowRow.addItem(self.workflowSpacer)


        self.mainLayout.addLayout(self.workflowRow)

        self.historyCaption = QLabel(TaskDialog)
        self.historyCaption.setObjectName(u"historyCaption")

        self.mainLayout.addWidget(self.historyCaption)

        self.historyList = QTreeWidget(TaskDialog)
        self.historyList.setObjectName(u"historyList")
        self.historyList.setRootIsDecorated(False)
        self.historyList.setMaximumHeight(130)

        self.mainLayout.addWidget(self.historyList)

        self.buttonBox = QDialogButtonBox(TaskDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.clientEdit, self.importanceCombo)
        QWidget.setTabOrder(self.importanceCombo, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.bodyEdit)

        self.retranslateUi(TaskDialog)
    # setupUi

    def retranslateUi(self, TaskDialog):
        TaskDialog.setWindowTitle(QCoreApplication.translate("TaskDialog", u"\u0417\u0430\u0434\u0430\u0447\u0430", None))
        self.clientCaption.setText(QCoreApplication.translate("TaskDialog", u"\u041a\u043b\u0438\u0435\u043d\u0442:", None))
        self.clientEdit.setPlaceholderText(QCoreApplication.translate("TaskDialog", u"\u043a\u043e\u0434 \u0438\u043b\u0438 \u0447\u0430\u0441\u0442\u044c \u043d\u0430\u0437\u0432\u0430\u043d\u0438\u044f, \u0437\u0430\u0442\u0435\u043c Enter", None))
        self.clientFindButton.setText(QCoreApplication.translate("TaskDialog", u"\u041d\u0430\u0439\u0442\u0438\u2026", None))
        self.setterCaption.setText(QCoreApplication.translate("TaskDialog", u"\u041f\u043e\u0441\u0442\u0430\u043d\u043e\u0432\u0449\u0438\u043a:", None))
        self.setAtCaption.setText(QCoreApplication.translate("TaskDialog", u"\u043f\u043e\u0441\u0442\u0430\u0432\u043b\u0435\u043d\u0430:", None))
        self.setAtEdit.setDisplayFormat(QCoreApplication.translate("TaskDialog", u"dd.MM.yyyy HH:mm", None))
        self.executorCaption.setText(QCoreApplication.translate("TaskDialog", u"\u0418\u0441\u043f\u043e\u043b\u043d\u0438\u0442\u0435\u043b\u044c: *", None))
        self.importanceCaption.setText(QCoreApplication.translate("TaskDialog", u"\u0412\u0430\u0436\u043d\u043e\u0441\u0442\u044c:", None))
        self.startCaption.setText(QCoreApplication.translate("TaskDialog", u"\u041d\u0430\u0447\u0430\u043b\u043e:", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("TaskDialog", u"dd.MM.yyyy HH:mm", None))
        self.durationCaption.setText(QCoreApplication.translate("TaskDialog", u"\u0434\u043b\u0438\u0442\u0435\u043b\u044c\u043d\u043e\u0441\u0442\u044c, \u043c\u0438\u043d:", None))
        self.dueCheck.setText(QCoreApplication.translate("TaskDialog", u"\u0421\u0440\u043e\u043a \u0432\u044b\u043f\u043e\u043b\u043d\u0435\u043d\u0438\u044f:", None))
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("TaskDialog", u"dd.MM.yyyy HH:mm", None))
        self.remindCheck.setText(QCoreApplication.translate("TaskDialog", u"\u041d\u0430\u043f\u043e\u043c\u043d\u0438\u0442\u044c \u0437\u0430, \u043c\u0438\u043d:", None))
        self.reportCheck.setText(QCoreApplication.translate("TaskDialog", u"\u0422\u0440\u0435\u0431\u0443\u0435\u0442 \u043e\u0442\u0447\u0451\u0442\u0430 \u043e \u0432\u044b\u043f\u043e\u043b\u043d\u0435\u043d\u0438\u0438", None))
        self.bodyCaption.setText(QCoreApplication.translate("TaskDialog", u"\u0422\u0435\u043a\u0441\u0442 \u0437\u0430\u0434\u0430\u0447\u0438: *", None))
        self.statusLabel.setStyleSheet(QCoreApplication.translate("TaskDialog", u"font-weight: bold;", None))
        self.reportCaption.setText(QCoreApplication.translate("TaskDialog", u"\u041e\u0442\u0447\u0451\u0442 \u043e \u0432\u044b\u043f\u043e\u043b\u043d\u0435\u043d\u0438\u0438:", None))
        self.acceptButton.setText(QCoreApplication.translate("TaskDialog", u"\u041f\u0440\u0438\u043d\u044f\u0442\u044c \u043a \u0438\u0441\u043f\u043e\u043b\u043d\u0435\u043d\u0438\u044e", None))
        self.completeButton.setText(QCoreApplication.translate("TaskDialog", u"\u0412\u044b\u043f\u043e\u043b\u043d\u0435\u043d\u043e\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("TaskDialog", u"\u0412\u044b\u043f\u043e\u043b\u043d\u0435\u043d\u0438\u0435 \u043f\u0440\u0438\u043d\u044f\u0442\u043e", None))
        self.reworkButton.setText(QCoreApplication.translate("TaskDialog", u"\u0412\u0435\u0440\u043d\u0443\u0442\u044c \u043d\u0430 \u0434\u043e\u0440\u0430\u0431\u043e\u0442\u043a\u0443\u2026", None))
        self.historyCaption.setText(QCoreApplication.translate("TaskDialog", u"\u0418\u0441\u0442\u043e\u0440\u0438\u044f \u0441\u043e\u0441\u0442\u043e\u044f\u043d\u0438\u0439:", None))
        ___qtreewidgetitem = self.historyList.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("TaskDialog", u"\u041f\u0440\u0438\u043c\u0435\u0447\u0430\u043d\u0438\u0435", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("TaskDialog", u"\u0421\u043e\u0441\u0442\u043e\u044f\u043d\u0438\u0435", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("TaskDialog", u"\u041a\u0442\u043e", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("TaskDialog", u"\u041a\u043e\u0433\u0434\u0430", None))
    # retranslateUi

