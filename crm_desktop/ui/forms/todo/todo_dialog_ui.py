# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'todo_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QWidget)

class Ui_TodoDialog(object):
    def setupUi(self, TodoDialog):
        if not TodoDialog.objectName():
            TodoDialog.setObjectName(u"TodoDialog")
        TodoDialog.resize(440, 260)
        self.formLayout = QFormLayout(TodoDialog)
        self.formLayout.setObjectName(u"formLayout")
        self.ownerLabel = QLabel(TodoDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerCombo = QComboBox(TodoDialog)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ownerCombo)

        self.bodyLabel = QLabel(TodoDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyEdit = QPlainTextEdit(TodoDialog)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bodyEdit)

        self.importantCheck = QCheckBox(TodoDialog)
        self.importantCheck.setObjectName(u"importantCheck")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.importantCheck)

        self.errorLabel = QLabel(TodoDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.errorLabel)

        self.buttonBox = QDialogButtonBox(TodoDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.buttonBox)

#if QT_CONFIG(shortcut)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.bodyLabel.setBuddy(self.bodyEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TodoDialog)
    # setupUi

    def retranslateUi(self, TodoDialog):
        TodoDialog.setWindowTitle(QCoreApplication.translate("TodoDialog", u"\u0414\u0435\u043b\u043e", None))
        self.ownerLabel.setText(QCoreApplication.translate("TodoDialog", u"\u0414\u043b\u044f \u043a\u043e\u0433\u043e:", None))
#if QT_CONFIG(tooltip)
        self.ownerCombo.setToolTip(QCoreApplication.translate("TodoDialog", u"\u0421\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u043a, \u0432 \u0447\u0435\u0439 \u0441\u043f\u0438\u0441\u043e\u043a \u0434\u0435\u043b \u043f\u043e\u043f\u0430\u0434\u0451\u0442 \u0434\u0435\u043b\u043e", None))
#endif // QT_CONFIG(tooltip)
        self.bodyLabel.setText(QCoreApplication.translate("TodoDialog", u"\u0414\u0435\u043b\u043e:*", None))
        self.bodyEdit.setPlaceholderText(QCoreApplication.translate("TodoDialog", u"\u0427\u0442\u043e \u043d\u0443\u0436\u043d\u043e \u0441\u0434\u0435\u043b\u0430\u0442\u044c (\u0434\u043e 1000 \u0441\u0438\u043c\u0432\u043e\u043b\u043e\u0432)", None))
        self.importantCheck.setText(QCoreApplication.translate("TodoDialog", u"\u0412\u0430\u0436\u043d\u043e\u0435", None))
#if QT_CONFIG(tooltip)
        self.importantCheck.setToolTip(QCoreApplication.translate("TodoDialog", u"\u0412\u0430\u0436\u043d\u044b\u0435 \u0434\u0435\u043b\u0430 \u043e\u0442\u043c\u0435\u0447\u0430\u044e\u0442\u0441\u044f \u043a\u0440\u0430\u0441\u043d\u044b\u043c \u00ab!\u00bb \u0438 \u043f\u0440\u0438 \u0443\u043f\u043e\u0440\u044f\u0434\u043e\u0447\u0438\u0432\u0430\u043d\u0438\u0438 \u043f\u043e \u0432\u0430\u0436\u043d\u043e\u0441\u0442\u0438 \u0441\u0442\u043e\u044f\u0442 \u043f\u0435\u0440\u0432\u044b\u043c\u0438", None))
#endif // QT_CONFIG(tooltip)
        self.errorLabel.setStyleSheet(QCoreApplication.translate("TodoDialog", u"color: #c62828;", None))
    # retranslateUi

