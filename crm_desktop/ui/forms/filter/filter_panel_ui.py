# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'filter_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_FilterPanel(object):
    def setupUi(self, FilterPanel):
        if not FilterPanel.objectName():
            FilterPanel.setObjectName(u"FilterPanel")
        FilterPanel.resize(640, 480)
        self.mainLayout = QVBoxLayout(FilterPanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.combineLayout = QHBoxLayout()
        self.combineLayout.setObjectName(u"combineLayout")
        self.combineLabel = QLabel(FilterPanel)
        self.combineLabel.setObjectName(u"combineLabel")

        self.combineLayout.addWidget(self.combineLabel)

        self.andRadio = QRadioButton(FilterPanel)
        self.andRadio.setObjectName(u"andRadio")
        self.andRadio.setChecked(True)

        self.combineLayout.addWidget(self.andRadio)

        self.orRadio = QRadioButton(FilterPanel)
        self.orRadio.setObjectName(u"orRadio")

        self.combineLayout.addWidget(self.orRadio)

        self.combineSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.combineLayout.addItem(self.combineSpacer)


        self.mainLayout.addLayout(self.combineLayout)

        self.tabs = QTabWidget(FilterPanel)
        self.tabs.setObjectName(u"tabs")

        self.mainLayout.addWidget(self.tabs)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.foundLabel = QLabel(FilterPanel)
        self.foundLabel.setObjectName(u"foundLabel")

        self.buttonsLayout.addWidget(self.foundLabel)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveTemplateButton = QPushButton(FilterPanel)
        self.saveTemplateButton.setObjectName(u"saveTemplateButton")

        self.buttonsLayout.addWidget(self.saveTemplateButton)

        self.resetButton = QPushButton(FilterPanel)
        self.resetButton.setObjectName(u"resetButton")

        self.buttonsLayout.addWidget(self.resetButton)

        self.applyButton = QPushButton(FilterPanel)
        self.applyButton.setObjectName(u"applyButton")

        self.buttonsLayout.addWidget(self.applyButton)


        self.mainLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(FilterPanel)

        self.applyButton.setDefault(True)

    # setupUi

    def retranslateUi(self, FilterPanel):
        FilterPanel.setWindowTitle(QCoreApplication.translate("FilterPanel", u"\u0424\u0438\u043b\u044c\u0442\u0440", None))
        self.combineLabel.setText(QCoreApplication.translate("FilterPanel", u"\u0423\u0441\u043b\u043e\u0432\u0438\u0435 \u043e\u0442\u0431\u043e\u0440\u0430:", None))
#if QT_CONFIG(tooltip)
        self.andRadio.setToolTip(QCoreApplication.translate("FilterPanel", u"\u041a\u043b\u0438\u0435\u043d\u0442 \u043f\u043e\u043f\u0430\u0434\u0430\u0435\u0442 \u0432 \u043e\u0442\u0431\u043e\u0440, \u0435\u0441\u043b\u0438 \u0432\u044b\u043f\u043e\u043b\u043d\u0435\u043d\u044b \u0432\u0441\u0435 \u0437\u0430\u0434\u0430\u043d\u043d\u044b\u0435 \u0443\u0441\u043b\u043e\u0432\u0438\u044f", None))
#endif // QT_CONFIG(tooltip)
        self.andRadio.setText(QCoreApplication.translate("FilterPanel", u"\u0418 (\u0432\u0441\u0435 \u0443\u0441\u043b\u043e\u0432\u0438\u044f)", None))
#if QT_CONFIG(tooltip)
        self.orRadio.setToolTip(QCoreApplication.translate("FilterPanel", u"\u041a\u043b\u0438\u0435\u043d\u0442 \u043f\u043e\u043f\u0430\u0434\u0430\u0435\u0442 \u0432 \u043e\u0442\u0431\u043e\u0440, \u0435\u0441\u043b\u0438 \u0432\u044b\u043f\u043e\u043b\u043d\u0435\u043d\u043e \u0445\u043e\u0442\u044f \u0431\u044b \u043e\u0434\u043d\u043e \u0438\u0437 \u0437\u0430\u0434\u0430\u043d\u043d\u044b\u0445 \u0443\u0441\u043b\u043e\u0432\u0438\u0439", None))
#endif // QT_CONFIG(tooltip)
        self.orRadio.setText(QCoreApplication.translate("FilterPanel", u"\u0418\u041b\u0418 (\u043b\u044e\u0431\u043e\u0435 \u0443\u0441\u043b\u043e\u0432\u0438\u0435)", None))
#if QT_CONFIG(tooltip)
        self.foundLabel.setToolTip(QCoreApplication.translate("FilterPanel", u"\u0421\u043a\u043e\u043b\u044c\u043a\u043e \u043a\u043b\u0438\u0435\u043d\u0442\u043e\u0432 \u0438\u0437 \u0434\u043e\u0441\u0442\u0443\u043f\u043d\u044b\u0445 \u0432\u0430\u043c \u043e\u0442\u0431\u0435\u0440\u0451\u0442 \u0444\u0438\u043b\u044c\u0442\u0440", None))
#endif // QT_CONFIG(tooltip)
        self.foundLabel.setText(QCoreApplication.translate("FilterPanel", u"\u041d\u0430\u0439\u0434\u0435\u043d\u043e: \u2014", None))
#if QT_CONFIG(tooltip)
        self.saveTemplateButton.setToolTip(QCoreApplication.translate("FilterPanel", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c \u0437\u0430\u0434\u0430\u043d\u043d\u044b\u0439 \u043e\u0442\u0431\u043e\u0440 \u043a\u0430\u043a \u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044c\u0441\u043a\u0438\u0439 \u0448\u0430\u0431\u043b\u043e\u043d \u0444\u0438\u043b\u044c\u0442\u0440\u0430", None))
#endif // QT_CONFIG(tooltip)
        self.saveTemplateButton.setText(QCoreApplication.translate("FilterPanel", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c \u043a\u0430\u043a \u0448\u0430\u0431\u043b\u043e\u043d\u2026", None))
#if QT_CONFIG(tooltip)
        self.resetButton.setToolTip(QCoreApplication.translate("FilterPanel", u"\u041e\u0447\u0438\u0441\u0442\u0438\u0442\u044c \u0432\u0441\u0435 \u0443\u0441\u043b\u043e\u0432\u0438\u044f \u0438 \u043f\u043e\u043a\u0430\u0437\u0430\u0442\u044c \u0432\u0441\u0435\u0445 \u0434\u043e\u0441\u0442\u0443\u043f\u043d\u044b\u0445 \u043a\u043b\u0438\u0435\u043d\u0442\u043e\u0432", None))
#endif // QT_CONFIG(tooltip)
        self.resetButton.setText(QCoreApplication.translate("FilterPanel", u"\u0421\u0431\u0440\u043e\u0441\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.applyButton.setToolTip(QCoreApplication.translate("FilterPanel", u"\u041e\u0442\u043e\u0431\u0440\u0430\u0442\u044c \u043a\u043b\u0438\u0435\u043d\u0442\u043e\u0432 \u0432 \u0433\u043b\u0430\u0432\u043d\u043e\u0439 \u0442\u0430\u0431\u043b\u0438\u0446\u0435 (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.applyButton.setText(QCoreApplication.translate("FilterPanel", u"\u041f\u0440\u0438\u043c\u0435\u043d\u0438\u0442\u044c", None))
    # retranslateUi

