# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'find_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_FindDialog(object):
    def setupUi(self, FindDialog):
        if not FindDialog.objectName():
            FindDialog.setObjectName(u"FindDialog")
        FindDialog.resize(380, 110)
        self.layout = QVBoxLayout(FindDialog)
        self.layout.setObjectName(u"layout")
        self.promptLabel = QLabel(FindDialog)
        self.promptLabel.setObjectName(u"promptLabel")

        self.layout.addWidget(self.promptLabel)

        self.textEdit = QLineEdit(FindDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setClearButtonEnabled(True)

        self.layout.addWidget(self.textEdit)

        self.statusLabel = QLabel(FindDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.layout.addWidget(self.statusLabel)


        self.retranslateUi(FindDialog)
    # setupUi

    def retranslateUi(self, FindDialog):
        FindDialog.setWindowTitle(QCoreApplication.translate("FindDialog", u"\u041d\u0430\u0439\u0442\u0438 \u0437\u0430\u043f\u0438\u0441\u044c", None))
        self.promptLabel.setText(QCoreApplication.translate("FindDialog", u"\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435 \u043a\u043b\u0438\u0435\u043d\u0442\u0430 (\u043a\u0443\u0440\u0441\u043e\u0440 \u0442\u0430\u0431\u043b\u0438\u0446\u044b \u0441\u043b\u0435\u0434\u0443\u0435\u0442 \u0437\u0430 \u0432\u0432\u043e\u0434\u043e\u043c):", None))
        self.textEdit.setPlaceholderText(QCoreApplication.translate("FindDialog", u"\u041d\u0430\u0447\u043d\u0438\u0442\u0435 \u0432\u0432\u043e\u0434\u0438\u0442\u044c \u043d\u0430\u0437\u0432\u0430\u043d\u0438\u0435\u2026", None))
        self.statusLabel.setText("")
    # retranslateUi

