# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'autosubstitution.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_AutoSubstitutionDialog(object):
    def setupUi(self, AutoSubstitutionDialog):
        if not AutoSubstitutionDialog.objectName():
            AutoSubstitutionDialog.setObjectName(u"AutoSubstitutionDialog")
        AutoSubstitutionDialog.resize(520, 200)
        self.mainLayout = QVBoxLayout(AutoSubstitutionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hintLabel = QLabel(AutoSubstitutionDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.regionLabel = QLabel(AutoSubstitutionDialog)
        self.regionLabel.setObjectName(u"regionLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.regionCombo = QComboBox(AutoSubstitutionDialog)
        self.regionCombo.setObjectName(u"regionCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.regionCombo)

        self.cityLabel = QLabel(AutoSubstitutionDialog)
        self.cityLabel.setObjectName(u"cityLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityCombo = QComboBox(AutoSubstitutionDialog)
        self.cityCombo.setObjectName(u"cityCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cityCombo)


        self.mainLayout.addLayout(self.form)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.formSpacer)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.saveButton = QPushButton(AutoSubstitutionDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.bottomLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(AutoSubstitutionDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.bottomLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.regionLabel.setBuddy(self.regionCombo)
        self.cityLabel.setBuddy(self.cityCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AutoSubstitutionDialog)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, AutoSubstitutionDialog):
        AutoSubstitutionDialog.setWindowTitle(QCoreApplication.translate("AutoSubstitutionDialog", u"\u0410\u0432\u0442\u043e\u043f\u043e\u0434\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0430", None))
        self.hintLabel.setText(QCoreApplication.translate("AutoSubstitutionDialog", u"\u042d\u0442\u0438 \u0437\u043d\u0430\u0447\u0435\u043d\u0438\u044f \u043f\u043e\u0434\u0441\u0442\u0430\u0432\u043b\u044f\u044e\u0442\u0441\u044f \u0432 \u043a\u0430\u0440\u0442\u043e\u0447\u043a\u0443 \u043d\u043e\u0432\u043e\u0433\u043e \u043a\u043b\u0438\u0435\u043d\u0442\u0430. \u041e\u0441\u0442\u0430\u0432\u044c\u0442\u0435 \u00ab\u2014 \u043d\u0435 \u043f\u043e\u0434\u0441\u0442\u0430\u0432\u043b\u044f\u0442\u044c \u2014\u00bb, \u0447\u0442\u043e\u0431\u044b \u043f\u043e\u043b\u0435 \u0431\u044b\u043b\u043e \u043f\u0443\u0441\u0442\u044b\u043c.", None))
        self.regionLabel.setText(QCoreApplication.translate("AutoSubstitutionDialog", u"\u0420\u0435\u0433\u0438\u043e\u043d:", None))
        self.cityLabel.setText(QCoreApplication.translate("AutoSubstitutionDialog", u"\u0413\u043e\u0440\u043e\u0434:", None))
        self.saveButton.setText(QCoreApplication.translate("AutoSubstitutionDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c", None))
        self.cancelButton.setText(QCoreApplication.translate("AutoSubstitutionDialog", u"\u041e\u0442\u043c\u0435\u043d\u0430", None))
    # retranslateUi

