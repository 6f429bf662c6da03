# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'classifier_card.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ClassifierCardDialog(object):
    def setupUi(self, ClassifierCardDialog):
        if not ClassifierCardDialog.objectName():
            ClassifierCardDialog.setObjectName(u"ClassifierCardDialog")
        ClassifierCardDialog.resize(600, 560)
        self.mainLayout = QVBoxLayout(ClassifierCardDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(ClassifierCardDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ClassifierCardDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.hintLabel = QLabel(ClassifierCardDialog)
        self.hintLabel.setObjectName(u"hintLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.hintLabel)

        self.hintEdit = QLineEdit(ClassifierCardDialog)
        self.hintEdit.setObjectName(u"hintEdit")
        self.hintEdit.setMaxLength(300)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hintEdit)

        self.labelLabel = QLabel(ClassifierCardDialog)
        self.labelLabel.setObjectName(u"labelLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.labelLabel)

        self.labelEdit = QLineEdit(ClassifierCardDialog)
        self.labelEdit.setObjectName(u"labelEdit")
        self.labelEdit.setMaxLength(60)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.labelEdit)

        self.kindLabel = QLabel(ClassifierCardDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ClassifierCardDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.activeCheck = QCheckBox(ClassifierCardDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.mainLayout.addLayout(self.form)

        self.valuesBox = QGroupBox(ClassifierCardDialog)
        self.valuesBox.setObjectName(u"valuesBox")
        self.valuesLayout = QVBoxLayout(self.valuesBox)
        self.valuesLayout.setObjectName(u"valuesLayout")
        self.valuesHint = QLabel(self.valuesBox)
        self.valuesHint.setObjectName(u"valuesHint")
        self.valuesHint.setWordWrap(True)

        self.valuesLayout.addWidget(self.valuesHint)

        self.valuesHost = QWidget(self.valuesBox)
        self.valuesHost.setObjectName(u"valuesHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.valuesHost.sizePolicy().hasHeightForWidth())
        self.valuesHost.setSizePolicy(sizePolicy)

        self.valuesLayout.addWidget(self.valuesHost)


        self.mainLayout.addWidget(self.valuesBox)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.applyButton = QPushButton(ClassifierCardDialog)
        self.applyButton.setObjectName(u"applyButton")

        self.bottomLayout.addWidget(self.applyButton)

        self.saveButton = QPushButton(ClassifierCardDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.bottomLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(ClassifierCardDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.bottomLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.hintLabel.setBuddy(self.hintEdit)
        self.labelLabel.setBuddy(self.labelEdit)
        self.kindLabel.setBuddy(self.kindCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ClassifierCardDialog)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ClassifierCardDialog):
        ClassifierCardDialog.setWindowTitle(QCoreApplication.translate("ClassifierCardDialog", u"\u041f\u0440\u0438\u0437\u043d\u0430\u043a-\u043a\u043b\u0430\u0441\u0441\u0438\u0444\u0438\u043a\u0430\u0442\u043e\u0440", None))
        self.nameLabel.setText(QCoreApplication.translate("ClassifierCardDialog", u"\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435*:", None))
        self.hintLabel.setText(QCoreApplication.translate("ClassifierCardDialog", u"\u0422\u0435\u043a\u0441\u0442 \u043f\u043e\u0434\u0441\u043a\u0430\u0437\u043a\u0438:", None))
#if QT_CONFIG(tooltip)
        self.hintEdit.setToolTip(QCoreApplication.translate("ClassifierCardDialog", u"\u041f\u043e\u043a\u0430\u0437\u044b\u0432\u0430\u0435\u0442\u0441\u044f \u043f\u0440\u0438 \u043d\u0430\u0432\u0435\u0434\u0435\u043d\u0438\u0438 \u043d\u0430 \u043f\u043e\u043b\u0435 \u0432 \u043a\u0430\u0440\u0442\u043e\u0447\u043a\u0435 \u043a\u043b\u0438\u0435\u043d\u0442\u0430", None))
#endif // QT_CONFIG(tooltip)
        self.labelLabel.setText(QCoreApplication.translate("ClassifierCardDialog", u"\u041b\u0435\u0439\u0431\u043b:", None))
#if QT_CONFIG(tooltip)
        self.labelEdit.setToolTip(QCoreApplication.translate("ClassifierCardDialog", u"\u041a\u043e\u0440\u043e\u0442\u043a\u0430\u044f \u043f\u043e\u0434\u043f\u0438\u0441\u044c \u043f\u043e\u043b\u044f \u043d\u0430 \u0432\u043a\u043b\u0430\u0434\u043a\u0435 \u00ab\u041f\u0440\u0438\u0437\u043d\u0430\u043a\u0438\u00bb; \u0435\u0441\u043b\u0438 \u043f\u0443\u0441\u0442\u043e \u2014 \u043d\u0430\u0437\u0432\u0430\u043d\u0438\u0435", None))
#endif // QT_CONFIG(tooltip)
        self.kindLabel.setText(QCoreApplication.translate("ClassifierCardDialog", u"\u0422\u0438\u043f:", None))
        self.activeCheck.setText(QCoreApplication.translate("ClassifierCardDialog", u"\u0410\u043a\u0442\u0438\u0432\u0438\u0440\u043e\u0432\u0430\u0442\u044c \u043f\u0440\u0438\u0437\u043d\u0430\u043a-\u043a\u043b\u0430\u0441\u0441\u0438\u0444\u0438\u043a\u0430\u0442\u043e\u0440", None))
        self.valuesBox.setTitle(QCoreApplication.translate("ClassifierCardDialog", u"\u0417\u043d\u0430\u0447\u0435\u043d\u0438\u044f \u0441\u043f\u0440\u0430\u0432\u043e\u0447\u043d\u0438\u043a\u0430", None))
        self.valuesHint.setText(QCoreApplication.translate("ClassifierCardDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u0435 \u043a\u0430\u0440\u0442\u043e\u0447\u043a\u0443 (\u043a\u043d\u043e\u043f\u043a\u0430 \u00ab\u041f\u0440\u0438\u043c\u0435\u043d\u0438\u0442\u044c\u00bb), \u0447\u0442\u043e\u0431\u044b \u0437\u0430\u043f\u043e\u043b\u043d\u0438\u0442\u044c \u0437\u043d\u0430\u0447\u0435\u043d\u0438\u044f.", None))
        self.applyButton.setText(QCoreApplication.translate("ClassifierCardDialog", u"\u041f\u0440\u0438\u043c\u0435\u043d\u0438\u0442\u044c", None))
        self.saveButton.setText(QCoreApplication.translate("ClassifierCardDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c", None))
        self.cancelButton.setText(QCoreApplication.translate("ClassifierCardDialog", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c", None))
    # retranslateUi

