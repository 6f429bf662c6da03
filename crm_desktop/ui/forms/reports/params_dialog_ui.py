# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'params_dialog.ui'
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
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ReportParamsDialog(object):
    def setupUi(self, ReportParamsDialog):
        if not ReportParamsDialog.objectName():
            ReportParamsDialog.setObjectName(u"ReportParamsDialog")
        ReportParamsDialog.resize(520, 260)
        ReportParamsDialog.setMinimumSize(QSize(440, 0))
        self.mainLayout = QVBoxLayout(ReportParamsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(ReportParamsDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(ReportParamsDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.descriptionLabel)

        self.paramsLayout = QFormLayout()
        self.paramsLayout.setObjectName(u"paramsLayout")
        self.paramsLayout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)

        self.mainLayout.addLayout(self.paramsLayout)

        self.errorLabel = QLabel(ReportParamsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(1, 1, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.buildButton = QPushButton(ReportParamsDialog)
        self.buildButton.setObjectName(u"buildButton")

        self.buttonsLayout.addWidget(self.buildButton)

        self.cancelButton = QPushButton(ReportParamsDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(ReportParamsDialog)

        self.buildButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ReportParamsDialog):
        ReportParamsDialog.setWindowTitle(QCoreApplication.translate("ReportParamsDialog", u"\u041f\u0430\u0440\u0430\u043c\u0435\u0442\u0440\u044b \u043e\u0442\u0447\u0451\u0442\u0430", None))
        self.titleLabel.setStyleSheet(QCoreApplication.translate("ReportParamsDialog", u"font-size: 12pt; font-weight: bold;", None))
        self.descriptionLabel.setStyleSheet(QCoreApplication.translate("ReportParamsDialog", u"color: #555555;", None))
        self.errorLabel.setStyleSheet(QCoreApplication.translate("ReportParamsDialog", u"color: #c62828; font-weight: bold;", None))
        self.buildButton.setText(QCoreApplication.translate("ReportParamsDialog", u"&\u0421\u0444\u043e\u0440\u043c\u0438\u0440\u043e\u0432\u0430\u0442\u044c \u043e\u0442\u0447\u0451\u0442", None))
#if QT_CONFIG(tooltip)
        self.buildButton.setToolTip(QCoreApplication.translate("ReportParamsDialog", u"\u0421\u0444\u043e\u0440\u043c\u0438\u0440\u043e\u0432\u0430\u0442\u044c \u043e\u0442\u0447\u0451\u0442 \u0441 \u044d\u0442\u0438\u043c\u0438 \u043f\u0430\u0440\u0430\u043c\u0435\u0442\u0440\u0430\u043c\u0438 (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("ReportParamsDialog", u"\u041e\u0442\u043c\u0435\u043d\u0430", None))
    # retranslateUi

