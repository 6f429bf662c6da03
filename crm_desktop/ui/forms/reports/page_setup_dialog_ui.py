# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_setup_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_PageSetupDialog(object):
    def setupUi(self, PageSetupDialog):
        if not PageSetupDialog.objectName():
            PageSetupDialog.setObjectName(u"PageSetupDialog")
        PageSetupDialog.resize(360, 250)
        self.mainLayout = QVBoxLayout(PageSetupDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.orientationLabel = QLabel(PageSetupDialog)
        self.orientationLabel.setObjectName(u"orientationLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.orientationLabel)

        self.orientationCombo = QComboBox(PageSetupDialog)
        self.orientationCombo.setObjectName(u"orientationCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.orientationCombo)

        self.topLabel = QLabel(PageSetupDialog)
        self.topLabel.setObjectName(u"topLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.topLabel)

        self.topSpin = QDoubleSpinBox(PageSetupDialog)
        self.topSpin.setObjectName(u"topSpin")
        self.topSpin.setDecimals(0)
        self.topSpin.setMaximum(60.000000000000000)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.topSpin)

        self.rightLabel = QLabel(PageSetupDialog)
        self.rightLabel.setObjectName(u"rightLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.rightLabel)

        self.rightSpin = QDoubleSpinBox(PageSetupDialog)
        self.rightSpin.setObjectName(u"rightSpin")
        self.rightSpin.setDecimals(0)
        self.rightSpin.setMaximum(60.000000000000000)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rightSpin)

        self.bottomLabel = QLabel(PageSetupDialog)
        self.bottomLabel.setObjectName(u"bottomLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.bottomLabel)

        self.bottomSpin = QDoubleSpinBox(PageSetupDialog)
        self.bottomSpin.setObjectName(u"bottomSpin")
        self.bottomSpin.setDecimals(0)
        self.bottomSpin.setMaximum(60.000000000000000)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.bottomSpin)

        self.leftLabel = QLabel(PageSetupDialog)
        self.leftLabel.setObjectName(u"leftLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.leftLabel)

        self.leftSpin = QDoubleSpinBox(PageSetupDialog)
        self.leftSpin.setObjectName(u"leftSpin")
        self.leftSpin.setDecimals(0)
        self.leftSpin.setMaximum(60.000000000000000)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.leftSpin)

        self.fontLabel = QLabel(PageSetupDialog)
        self.fontLabel.setObjectName(u"fontLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.fontLabel)

        self.fontSpin = QDoubleSpinBox(PageSetupDialog)
        self.fontSpin.setObjectName(u"fontSpin")
        self.fontSpin.setDecimals(1)
        self.fontSpin.setMinimum(5.000000000000000)
        self.fontSpin.setMaximum(14.000000000000000)
        self.fontSpin.setSingleStep(0.500000000000000)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.fontSpin)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(PageSetupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.orientationLabel.setBuddy(self.orientationCombo)
        self.topLabel.setBuddy(self.topSpin)
        self.rightLabel.setBuddy(self.rightSpin)
        self.bottomLabel.setBuddy(self.bottomSpin)
        self.leftLabel.setBuddy(self.leftSpin)
        self.fontLabel.setBuddy(self.fontSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.orientationCombo, self.topSpin)
        QWidget.setTabOrder(self.topSpin, self.rightSpin)
        QWidget.setTabOrder(self.rightSpin, self.bottomSpin)
        QWidget.setTabOrder(self.bottomSpin, self.leftSpin)
        QWidget.setTabOrder(self.leftSpin, self.fontSpin)

        self.retranslateUi(PageSetupDialog)
    # setupUi

    def retranslateUi(self, PageSetupDialog):
        PageSetupDialog.setWindowTitle(QCoreApplication.translate("PageSetupDialog", u"\u041f\u0430\u0440\u0430\u043c\u0435\u0442\u0440\u044b \u0441\u0442\u0440\u0430\u043d\u0438\u0446\u044b", None))
        self.orientationLabel.setText(QCoreApplication.translate("PageSetupDialog", u"&\u041e\u0440\u0438\u0435\u043d\u0442\u0430\u0446\u0438\u044f", None))
        self.topLabel.setText(QCoreApplication.translate("PageSetupDialog", u"\u041f\u043e\u043b\u0435 \u0441&\u0432\u0435\u0440\u0445\u0443, \u043c\u043c", None))
        self.rightLabel.setText(QCoreApplication.translate("PageSetupDialog", u"\u041f\u043e\u043b\u0435 \u0441&\u043f\u0440\u0430\u0432\u0430, \u043c\u043c", None))
        self.bottomLabel.setText(QCoreApplication.translate("PageSetupDialog", u"\u041f\u043e\u043b\u0435 \u0441&\u043d\u0438\u0437\u0443, \u043c\u043c", None))
        self.leftLabel.setText(QCoreApplication.translate("PageSetupDialog", u"\u041f\u043e\u043b\u0435 \u0441&\u043b\u0435\u0432\u0430, \u043c\u043c", None))
        self.fontLabel.setText(QCoreApplication.translate("PageSetupDialog", u"&\u0428\u0440\u0438\u0444\u0442 \u0442\u0430\u0431\u043b\u0438\u0446, \u043f\u0442", None))
    # retranslateUi

