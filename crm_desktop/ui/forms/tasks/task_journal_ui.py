# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'task_journal.ui'
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
    QDateEdit, QDialog, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_TaskJournal(object):
    def setupUi(self, TaskJournal):
        if not TaskJournal.objectName():
            TaskJournal.setObjectName(u"TaskJournal")
        TaskJournal.resize(980, 560)
        self.mainLayout = QVBoxLayout(TaskJournal)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.periodCheck = QCheckBox(TaskJournal)
        self.periodCheck.setObjectName(u"periodCheck")

        self.filterRow.addWidget(self.periodCheck)

        self.fromEdit = QDateEdit(TaskJournal)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.filterRow.addWidget(self.fromEdit)

        self.toCaption = QLabel(TaskJournal)
        self.toCaption.setObjectName(u"toCaption")

        self.filterRow.addWidget(self.toCaption)

        self.toEdit = QDateEdit(TaskJournal)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.filterRow.addWidget(self.toEdit)

        self.setterCaption = QLabel(TaskJournal)
        self.setterCaption.setObjectName(u"setterCaption")

        self.filterRow.addWidget(self.setterCaption)

        self.setterHost = QWidget(TaskJournal)
        self.setterHost.setObjectName(u"setterHost")

        self.filterRow.addWidget(self.setterHost)

        self.executorCaption = QLabel(TaskJournal)
        self.executorCaption.setObjectName(u"executorCaption")

        self.filterRow.addWidget(self.executorCaption)

        self.executorHost = QWidget(TaskJournal)
        self.executorHost.setObjectName(u"executorHost")

        self.filterRow.addWidget(self.executorHost)

        self.stageCaption = QLabel(TaskJournal)
        self.stageCaption.setObjectName(u"stageCaption")

        self.filterRow.addWidget(self.stageCaption)

        self.stageCombo = QComboBox(TaskJournal)
        self.stageCombo.setObjectName(u"stageCombo")

        self.filterRow.addWidget(self.stageCombo)

        self.refreshButton = QPushButton(TaskJournal)
        self.refreshButton.setObjectName(u"refreshButton")

        self.filterRow.addWidget(self.refreshButton)


        self.mainLayout.addLayout(self.filterRow)

        self.table = QTableWidget(TaskJournal)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.table)

        self.hintLabel = QLabel(TaskJournal)
        self.hintLabel.setObjectName(u"hintLabel")

        self.mainLayout.addWidget(self.hintLabel)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.journalAtLoginCheck = QCheckBox(TaskJournal)
        self.journalAtLoginCheck.setObjectName(u"journalAtLoginCheck")

        self.bottomRow.addWidget(self.journalAtLoginCheck)

        self.overdueAtLoginCheck = QCheckBox(TaskJournal)
        self.overdueAtLoginCheck.setObjectName(u"overdueAtLoginCheck")

        self.bottomRow.addWidget(self.overdueAtLoginCheck)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.newButton = QPushButton(TaskJournal)
        self.newButton.setObjectName(u"newButton")

        self.bottomRow.addWidget(self.newButton)

        self.openButton = QPushButton(TaskJournal)
        self.openButton.setObjectName(u"openButton")

        self.bottomRow.addWidget(self.openButton)

        self.closeButton = QPushButton(TaskJournal)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomRow.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.bottomRow)


        self.retranslateUi(TaskJournal)
    # setupUi

    def retranslateUi(self, TaskJournal):
        TaskJournal.setWindowTitle(QCoreApplication.translate("TaskJournal", u"\u0421\u043f\u0438\u0441\u043e\u043a \u0437\u0430\u0434\u0430\u0447", None))
#if QT_CONFIG(tooltip)
        self.periodCheck.setToolTip(QCoreApplication.translate("TaskJournal", u"\u0411\u0435\u0437 \u043f\u0435\u0440\u0438\u043e\u0434\u0430 \u043f\u043e\u043a\u0430\u0437\u044b\u0432\u0430\u044e\u0442\u0441\u044f \u0437\u0430\u0434\u0430\u0447\u0438 \u0441 \u043b\u044e\u0431\u043e\u0439 \u0434\u0430\u0442\u043e\u0439 \u043d\u0430\u0447\u0430\u043b\u0430, \u0432 \u0442\u043e\u043c \u0447\u0438\u0441\u043b\u0435 \u043f\u0440\u043e\u0441\u0440\u043e\u0447\u0435\u043d\u043d\u044b\u0435 \u043f\u0440\u043e\u0448\u043b\u044b\u0445 \u043c\u0435\u0441\u044f\u0446\u0435\u0432", None))
#endif // QT_CONFIG(tooltip)
        self.periodCheck.setText(QCoreApplication.translate("TaskJournal", u"\u041f\u0435\u0440\u0438\u043e\u0434 \u0441", None))
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("TaskJournal", u"dd.MM.yyyy", None))
        self.toCaption.setText(QCoreApplication.translate("TaskJournal", u"\u043f\u043e", None))
        self.toEdit.setDisplayFormat(QCoreApplication.translate("TaskJournal", u"dd.MM.yyyy", None))
        self.setterCaption.setText(QCoreApplication.translate("TaskJournal", u"\u041f\u043e\u0441\u0442\u0430\u043d\u043e\u0432\u0449\u0438\u043a:", None))
        self.executorCaption.setText(QCoreApplication.translate("TaskJournal", u"\u0418\u0441\u043f\u043e\u043b\u043d\u0438\u0442\u0435\u043b\u044c:", None))
        self.stageCaption.setText(QCoreApplication.translate("TaskJournal", u"\u0421\u0442\u0430\u0434\u0438\u044f:", None))
        self.refreshButton.setText(QCoreApplication.translate("TaskJournal", u"\u041e\u0431\u043d\u043e\u0432\u0438\u0442\u044c", None))
        self.hintLabel.setStyleSheet(QCoreApplication.translate("TaskJournal", u"color: #808080;", None))
        self.hintLabel.setText(QCoreApplication.translate("TaskJournal", u"Ins \u2014 \u043d\u043e\u0432\u0430\u044f \u0437\u0430\u0434\u0430\u0447\u0430, Enter \u2014 \u043e\u0442\u043a\u0440\u044b\u0442\u044c \u0437\u0430\u0434\u0430\u0447\u0443, Ctrl+Enter \u2014 \u043e\u0442\u043a\u0440\u044b\u0442\u044c \u043a\u043b\u0438\u0435\u043d\u0442\u0430, Del \u2014 \u0443\u0434\u0430\u043b\u0438\u0442\u044c", None))
        self.journalAtLoginCheck.setText(QCoreApplication.translate("TaskJournal", u"\u041f\u043e\u043a\u0430\u0437\u044b\u0432\u0430\u0442\u044c \u0436\u0443\u0440\u043d\u0430\u043b \u0437\u0430\u0434\u0430\u0447 \u043f\u0440\u0438 \u0432\u0445\u043e\u0434\u0435", None))
        self.overdueAtLoginCheck.setText(QCoreApplication.translate("TaskJournal", u"\u0421\u043e\u043e\u0431\u0449\u0430\u0442\u044c \u043e \u043f\u0440\u043e\u0441\u0440\u043e\u0447\u0435\u043d\u043d\u044b\u0445 \u0437\u0430\u0434\u0430\u0447\u0430\u0445 \u043f\u0440\u0438 \u0432\u0445\u043e\u0434\u0435", None))
        self.newButton.setText(QCoreApplication.translate("TaskJournal", u"\u041d\u043e\u0432\u0430\u044f \u0437\u0430\u0434\u0430\u0447\u0430", None))
        self.openButton.setText(QCoreApplication.translate("TaskJournal", u"\u041e\u0442\u043a\u0440\u044b\u0442\u044c", None))
        self.closeButton.setText(QCoreApplication.translate("TaskJournal", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c", None))
    # retranslateUi

