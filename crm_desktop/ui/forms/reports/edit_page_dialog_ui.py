# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'edit_page_dialog.ui'
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
    QLineEdit, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_EditPageDialog(object):
    def setupUi(self, EditPageDialog):
        if not EditPageDialog.objectName():
            EditPageDialog.setObjectName(u"EditPageDialog")
        EditPageDialog.resize(900, 600)
        self.mainLayout = QVBoxLayout(EditPageDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLayout = QHBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(EditPageDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleLayout.addWidget(self.titleLabel)

        self.titleEdit = QLineEdit(EditPageDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.titleLayout.addWidget(self.titleEdit)


        self.mainLayout.addLayout(self.titleLayout)

        self.table = QTableWidget(EditPageDialog)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed|QAbstractItemView.AnyKeyPressed)

        self.mainLayout.addWidget(self.table)

        self.hintLabel = QLabel(EditPageDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(EditPageDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.table)

        self.retranslateUi(EditPageDialog)
    # setupUi

    def retranslateUi(self, EditPageDialog):
        EditPageDialog.setWindowTitle(QCoreApplication.translate("EditPageDialog", u"\u0420\u0435\u0434\u0430\u043a\u0442\u0438\u0440\u043e\u0432\u0430\u0442\u044c \u0441\u0442\u0440\u0430\u043d\u0438\u0446\u0443", None))
        self.titleLabel.setText(QCoreApplication.translate("EditPageDialog", u"&\u0417\u0430\u0433\u043e\u043b\u043e\u0432\u043e\u043a", None))
        self.hintLabel.setStyleSheet(QCoreApplication.translate("EditPageDialog", u"color: #555555;", None))
        self.hintLabel.setText(QCoreApplication.translate("EditPageDialog", u"\u0418\u0441\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u0438\u044f \u043c\u0435\u043d\u044f\u044e\u0442 \u0442\u043e\u043b\u044c\u043a\u043e \u044d\u0442\u043e\u0442 \u043e\u0442\u0447\u0451\u0442 (\u0435\u0433\u043e \u043f\u0435\u0447\u0430\u0442\u044c, \u044d\u043a\u0441\u043f\u043e\u0440\u0442 \u0438 \u0441\u043e\u0445\u0440\u0430\u043d\u0451\u043d\u043d\u044b\u0439 \u0444\u0430\u0439\u043b), \u043d\u0435 \u0434\u0430\u043d\u043d\u044b\u0435 \u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u044b. \u0421\u0442\u0440\u043e\u043a\u0438 \u0433\u0440\u0443\u043f\u043f \u0438 \u0438\u0442\u043e\u0433\u043e\u0432 \u043d\u0435 \u043f\u0440\u0430\u0432\u044f\u0442\u0441\u044f.", None))
    # retranslateUi

