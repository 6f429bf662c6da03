# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tariff_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_TariffDialog(object):
    def setupUi(self, TariffDialog):
        if not TariffDialog.objectName():
            TariffDialog.setObjectName(u"TariffDialog")
        TariffDialog.resize(480, 280)
        self.mainLayout = QVBoxLayout(TariffDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameEditLabel = QLabel(TariffDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(TariffDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.priceEditLabel = QLabel(TariffDialog)
        self.priceEditLabel.setObjectName(u"priceEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.priceEditLabel)

        self.priceEdit = QLineEdit(TariffDialog)
        self.priceEdit.setObjectName(u"priceEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.priceEdit)

        self.descriptionEditLabel = QLabel(TariffDialog)
        self.descriptionEditLabel.setObjectName(u"descriptionEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.descriptionEditLabel)

        self.descriptionEdit = QPlainTextEdit(TariffDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(TariffDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.priceEditLabel.setBuddy(self.priceEdit)
        self.descriptionEditLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TariffDialog)
    # setupUi

    def retranslateUi(self, TariffDialog):
        TariffDialog.setWindowTitle(QCoreApplication.translate("TariffDialog", u"\u0422\u0430\u0440\u0438\u0444", None))
        self.nameEditLabel.setText(QCoreApplication.translate("TariffDialog", u"\u041d\u0430\u0438\u043c\u0435\u043d\u043e\u0432\u0430\u043d\u0438\u0435:", None))
        self.priceEditLabel.setText(QCoreApplication.translate("TariffDialog", u"\u0426\u0435\u043d\u0430, \u0440\u0443\u0431.:", None))
        self.priceEdit.setPlaceholderText(QCoreApplication.translate("TariffDialog", u"\u043d\u0435 \u0443\u043a\u0430\u0437\u0430\u043d\u0430", None))
#if QT_CONFIG(tooltip)
        self.priceEdit.setToolTip(QCoreApplication.translate("TariffDialog", u"\u0426\u0435\u043d\u0430 \u0442\u0430\u0440\u0438\u0444\u0430 \u043f\u043e\u0434\u0441\u0442\u0430\u0432\u043b\u044f\u0435\u0442\u0441\u044f \u0432 \u0441\u0443\u043c\u043c\u0443 \u043d\u043e\u0432\u043e\u0433\u043e \u0434\u043e\u0433\u043e\u0432\u043e\u0440\u0430; \u0431\u0435\u0437 \u0446\u0435\u043d\u044b \u0441\u0443\u043c\u043c\u0443 \u0432\u0432\u043e\u0434\u044f\u0442 \u0432 \u0434\u043e\u0433\u043e\u0432\u043e\u0440\u0435", None))
#endif // QT_CONFIG(tooltip)
        self.descriptionEditLabel.setText(QCoreApplication.translate("TariffDialog", u"\u041e\u043f\u0438\u0441\u0430\u043d\u0438\u0435:", None))
    # retranslateUi

