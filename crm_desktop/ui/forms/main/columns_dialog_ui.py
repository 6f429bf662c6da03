# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'columns_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ColumnsDialog(object):
    def setupUi(self, ColumnsDialog):
        if not ColumnsDialog.objectName():
            ColumnsDialog.setObjectName(u"ColumnsDialog")
        ColumnsDialog.resize(360, 360)
        self.layout = QVBoxLayout(ColumnsDialog)
        self.layout.setObjectName(u"layout")
        self.hintLabel = QLabel(ColumnsDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.row = QHBoxLayout()
        self.row.setObjectName(u"row")
        self.columnList = QListWidget(ColumnsDialog)
        self.columnList.setObjectName(u"columnList")

        self.row.addWidget(self.columnList)

        self.moveButtons = QVBoxLayout()
        self.moveButtons.setObjectName(u"moveButtons")
        self.upButton = QPushButton(ColumnsDialog)
        self.upButton.setObjectName(u"upButton")

        self.moveButtons.addWidget(self.upButton)

        self.downButton = QPushButton(ColumnsDialog)
        self.downButton.setObjectName(u"downButton")

        self.moveButtons.addWidget(self.downButton)

        self.vspacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.moveButtons.addItem(self.vspacer)

        self.resetButton = QPushButton(ColumnsDialog)
        self.resetButton.setObjectName(u"resetButton")

        self.moveButtons.addWidget(self.resetButton)


        self.row.addLayout(self.moveButtons)


        self.layout.addLayout(self.row)

        self.buttonBox = QDialogButtonBox(ColumnsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(ColumnsDialog)
    # setupUi

    def retranslateUi(self, ColumnsDialog):
        ColumnsDialog.setWindowTitle(QCoreApplication.translate("ColumnsDialog", u"\u041a\u043e\u043b\u043e\u043d\u043a\u0438 \u0440\u0435\u0435\u0441\u0442\u0440\u0430", None))
        self.hintLabel.setText(QCoreApplication.translate("ColumnsDialog", u"\u041e\u0442\u043c\u0435\u0442\u044c\u0442\u0435 \u0432\u0438\u0434\u0438\u043c\u044b\u0435 \u043a\u043e\u043b\u043e\u043d\u043a\u0438 \u0438 \u0440\u0430\u0441\u0441\u0442\u0430\u0432\u044c\u0442\u0435 \u0438\u0445 \u0432 \u043d\u0443\u0436\u043d\u043e\u043c \u043f\u043e\u0440\u044f\u0434\u043a\u0435.", None))
        self.upButton.setText(QCoreApplication.translate("ColumnsDialog", u"\u0412\u044b\u0448\u0435", None))
        self.downButton.setText(QCoreApplication.translate("ColumnsDialog", u"\u041d\u0438\u0436\u0435", None))
        self.resetButton.setText(QCoreApplication.translate("ColumnsDialog", u"\u041f\u043e \u0443\u043c\u043e\u043b\u0447\u0430\u043d\u0438\u044e", None))
    # retranslateUi

