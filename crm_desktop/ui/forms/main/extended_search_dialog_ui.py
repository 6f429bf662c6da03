# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'extended_search_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExtendedSearchDialog(object):
    def setupUi(self, ExtendedSearchDialog):
        if not ExtendedSearchDialog.objectName():
            ExtendedSearchDialog.setObjectName(u"ExtendedSearchDialog")
        ExtendedSearchDialog.resize(440, 190)
        self.layout = QVBoxLayout(ExtendedSearchDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(ExtendedSearchDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ExtendedSearchDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setClearButtonEnabled(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.phoneLabel = QLabel(ExtendedSearchDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(ExtendedSearchDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setClearButtonEnabled(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phoneEdit)


        self.layout.addLayout(self.form)

        self.resultLabel = QLabel(ExtendedSearchDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)

        self.layout.addWidget(self.resultLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.startButton = QPushButton(ExtendedSearchDialog)
        self.startButton.setObjectName(u"startButton")

        self.buttons.addWidget(self.startButton)

        self.nextButton = QPushButton(ExtendedSearchDialog)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setEnabled(False)

        self.buttons.addWidget(self.nextButton)

        self.closeButton = QPushButton(ExtendedSearchDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(ExtendedSearchDialog)

        self.startButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ExtendedSearchDialog):
        ExtendedSearchDialog.setWindowTitle(QCoreApplication.translate("ExtendedSearchDialog", u"\u0420\u0430\u0441\u0448\u0438\u0440\u0435\u043d\u043d\u044b\u0439 \u043f\u043e\u0438\u0441\u043a", None))
        self.nameLabel.setText(QCoreApplication.translate("ExtendedSearchDialog", u"\u0424\u0440\u0430\u0433\u043c\u0435\u043d\u0442 \u043d\u0430\u0437\u0432\u0430\u043d\u0438\u044f:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ExtendedSearchDialog", u"\u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440: \u0431\u0430\u043d\u043a, \u0438\u043d\u0432\u0435\u0441\u0442", None))
        self.phoneLabel.setText(QCoreApplication.translate("ExtendedSearchDialog", u"\u0424\u0440\u0430\u0433\u043c\u0435\u043d\u0442 \u0442\u0435\u043b\u0435\u0444\u043e\u043d\u0430:", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("ExtendedSearchDialog", u"\u043f\u043e\u0441\u043b\u0435\u0434\u043d\u0438\u0435 \u0446\u0438\u0444\u0440\u044b: 233-13-03", None))
        self.resultLabel.setText(QCoreApplication.translate("ExtendedSearchDialog", u"\u0418\u0449\u0443\u0442\u0441\u044f \u043e\u0444\u0438\u0441\u043d\u044b\u0435, \u043c\u043e\u0431\u0438\u043b\u044c\u043d\u044b\u0435 \u0438 \u0434\u043e\u043c\u0430\u0448\u043d\u0438\u0435 \u0442\u0435\u043b\u0435\u0444\u043e\u043d\u044b \u043a\u043e\u043d\u0442\u0430\u043a\u0442\u043d\u044b\u0445 \u043b\u0438\u0446 \u0438 \u0444\u0430\u043a\u0441\u044b \u043a\u043b\u0438\u0435\u043d\u0442\u043e\u0432.", None))
        self.startButton.setText(QCoreApplication.translate("ExtendedSearchDialog", u"\u0421\u0442\u0430\u0440\u0442...", None))
        self.nextButton.setText(QCoreApplication.translate("ExtendedSearchDialog", u"\u0414\u0430\u043b\u0435\u0435 >>", None))
        self.closeButton.setText(QCoreApplication.translate("ExtendedSearchDialog", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c", None))
    # retranslateUi

