# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'archive_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_TodoArchiveDialog(object):
    def setupUi(self, TodoArchiveDialog):
        if not TodoArchiveDialog.objectName():
            TodoArchiveDialog.setObjectName(u"TodoArchiveDialog")
        TodoArchiveDialog.resize(560, 400)
        self.mainLayout = QVBoxLayout(TodoArchiveDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hintLabel = QLabel(TodoArchiveDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.table = QTreeWidget(TodoArchiveDialog)
        self.table.setObjectName(u"table")
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)

        self.mainLayout.addWidget(self.table)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.reopenButton = QPushButton(TodoArchiveDialog)
        self.reopenButton.setObjectName(u"reopenButton")

        self.bottomLayout.addWidget(self.reopenButton)

        self.deleteButton = QPushButton(TodoArchiveDialog)
        self.deleteButton.setObjectName(u"deleteButton")

        self.bottomLayout.addWidget(self.deleteButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.closeButton = QPushButton(TodoArchiveDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.bottomLayout)


        self.retranslateUi(TodoArchiveDialog)
    # setupUi

    def retranslateUi(self, TodoArchiveDialog):
        TodoArchiveDialog.setWindowTitle(QCoreApplication.translate("TodoArchiveDialog", u"\u0410\u0440\u0445\u0438\u0432 \u0434\u0435\u043b", None))
        self.hintLabel.setText(QCoreApplication.translate("TodoArchiveDialog", u"\u0417\u0430\u0432\u0435\u0440\u0448\u0451\u043d\u043d\u044b\u0435 \u0434\u0435\u043b\u0430, \u043f\u043e\u0441\u043b\u0435\u0434\u043d\u0438\u0435 \u0441\u0432\u0435\u0440\u0445\u0443. \u0414\u0435\u043b\u043e \u043c\u043e\u0436\u043d\u043e \u0432\u0435\u0440\u043d\u0443\u0442\u044c \u0432 \u0440\u0430\u0431\u043e\u0442\u0443 \u0438\u043b\u0438 \u0443\u0434\u0430\u043b\u0438\u0442\u044c.", None))
        ___qtreewidgetitem = self.table.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("TodoArchiveDialog", u"\u0414\u0435\u043b\u043e", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("TodoArchiveDialog", u"\u0417\u0430\u0432\u0435\u0440\u0448\u0435\u043d\u043e", None))
        self.reopenButton.setText(QCoreApplication.translate("TodoArchiveDialog", u"\u0412\u0435\u0440\u043d\u0443\u0442\u044c \u0432 \u0440\u0430\u0431\u043e\u0442\u0443", None))
        self.deleteButton.setText(QCoreApplication.translate("TodoArchiveDialog", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c", None))
        self.closeButton.setText(QCoreApplication.translate("TodoArchiveDialog", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c", None))
    # retranslateUi

