# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_tasks_dialog.ui'
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
    QSpacerItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_NewTasksDialog(object):
    def setupUi(self, NewTasksDialog):
        if not NewTasksDialog.objectName():
            NewTasksDialog.setObjectName(u"NewTasksDialog")
        NewTasksDialog.resize(820, 360)
        self.mainLayout = QVBoxLayout(NewTasksDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.countLabel = QLabel(NewTasksDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.mainLayout.addWidget(self.countLabel)

        self.list = QTreeWidget(NewTasksDialog)
        self.list.setObjectName(u"list")
        self.list.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)

        self.mainLayout.addWidget(self.list)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.hintLabel = QLabel(NewTasksDialog)
        self.hintLabel.setObjectName(u"hintLabel")

        self.buttonsRow.addWidget(self.hintLabel)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.buttonsSpacer)

        self.openButton = QPushButton(NewTasksDialog)
        self.openButton.setObjectName(u"openButton")

        self.buttonsRow.addWidget(self.openButton)

        self.acceptButton = QPushButton(NewTasksDialog)
        self.acceptButton.setObjectName(u"acceptButton")

        self.buttonsRow.addWidget(self.acceptButton)

        self.closeButton = QPushButton(NewTasksDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsRow.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonsRow)


        self.retranslateUi(NewTasksDialog)
    # setupUi

    def retranslateUi(self, NewTasksDialog):
        NewTasksDialog.setWindowTitle(QCoreApplication.translate("NewTasksDialog", u"\u041d\u043e\u0432\u044b\u0435 \u0437\u0430\u0434\u0430\u0447\u0438", None))
        self.countLabel.setText("")
        ___qtreewidgetitem = self.list.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("NewTasksDialog", u"\u0421\u043e\u0441\u0442\u043e\u044f\u043d\u0438\u0435", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("NewTasksDialog", u"\u0417\u0430\u0434\u0430\u0447\u0430", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("NewTasksDialog", u"\u041a\u043b\u0438\u0435\u043d\u0442", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("NewTasksDialog", u"\u041d\u0430\u0447\u0430\u043b\u043e", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("NewTasksDialog", u"\u041f\u043e\u0441\u0442\u0443\u043f\u0438\u043b\u0430", None))
        self.hintLabel.setStyleSheet(QCoreApplication.translate("NewTasksDialog", u"color: #808080;", None))
        self.hintLabel.setText(QCoreApplication.translate("NewTasksDialog", u"Enter \u0438\u043b\u0438 \u0434\u0432\u043e\u0439\u043d\u043e\u0439 \u0449\u0435\u043b\u0447\u043e\u043a \u2014 \u043e\u0442\u043a\u0440\u044b\u0442\u044c \u0437\u0430\u0434\u0430\u0447\u0443; \u00ab\u041f\u0440\u0438\u043d\u044f\u0442\u044c\u00bb \u2014 \u043f\u0440\u0438\u043d\u044f\u0442\u044c \u043e\u0442\u043c\u0435\u0447\u0435\u043d\u043d\u044b\u0435 \u043a \u0438\u0441\u043f\u043e\u043b\u043d\u0435\u043d\u0438\u044e", None))
        self.openButton.setText(QCoreApplication.translate("NewTasksDialog", u"\u041e\u0442\u043a\u0440\u044b\u0442\u044c", None))
        self.acceptButton.setText(QCoreApplication.translate("NewTasksDialog", u"\u041f\u0440\u0438\u043d\u044f\u0442\u044c", None))
        self.closeButton.setText(QCoreApplication.translate("NewTasksDialog", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c", None))
    # retranslateUi

