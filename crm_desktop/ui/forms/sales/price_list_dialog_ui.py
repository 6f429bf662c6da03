# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'price_list_dialog.ui'
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
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_PriceListDialog(object):
    def setupUi(self, PriceListDialog):
        if not PriceListDialog.objectName():
            PriceListDialog.setObjectName(u"PriceListDialog")
        PriceListDialog.resize(760, 520)
        self.mainLayout = QHBoxLayout(PriceListDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.optionsLayout = QVBoxLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.sourceGroup = QGroupBox(PriceListDialog)
        self.sourceGroup.setObjectName(u"sourceGroup")
        self.sourceLayout = QVBoxLayout(self.sourceGroup)
        self.sourceLayout.setObjectName(u"sourceLayout")
        self.nomenclatureRadio = QRadioButton(self.sourceGroup)
        self.nomenclatureRadio.setObjectName(u"nomenclatureRadio")
        self.nomenclatureRadio.setChecked(True)

        self.sourceLayout.addWidget(self.nomenclatureRadio)

        self.stockRadio = QRadioButton(self.sourceGroup)
        self.stockRadio.setObjectName(u"stockRadio")

        self.sourceLayout.addWidget(self.stockRadio)


        self.optionsLayout.addWidget(self.sourceGroup)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.entityLabel = QLabel(PriceListDialog)
        self.entityLabel.setObjectName(u"entityLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.entityLabel)

        self.entityCombo = QComboBox(PriceListDialog)
        self.entityCombo.setObjectName(u"entityCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.entityCombo)

        self.warehouseLabel = QLabel(PriceListDialog)
        self.warehouseLabel.setObjectName(u"warehouseLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.warehouseLabel)

        self.warehouseCombo = QComboBox(PriceListDialog)
        self.warehouseCombo.setObjectName(u"warehouseCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.warehouseCombo)

        self.stockLabel = QLabel(PriceListDialog)
        self.stockLabel.setObjectName(u"stockLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.stockLabel)

        self.stockCombo = QComboBox(PriceListDialog)
        self.stockCombo.setObjectName(u"stockCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.stockCombo)


        self.optionsLayout.addLayout(self.formLayout)

        self.codeCheck = QCheckBox(PriceListDialog)
        self.codeCheck.setObjectName(u"codeCheck")

        self.optionsLayout.addWidget(self.codeCheck)

        self.pickerCheck = QCheckBox(PriceListDialog)
        self.pickerCheck.setObjectName(u"pickerCheck")

        self.optionsLayout.addWidget(self.pickerCheck)

        self.perPackageCheck = QCheckBox(PriceListDialog)
        self.perPackageCheck.setObjectName(u"perPackageCheck")

        self.optionsLayout.addWidget(self.perPackageCheck)

        self.exclusionsLabel = QLabel(PriceListDialog)
        self.exclusionsLabel.setObjectName(u"exclusionsLabel")
        self.exclusionsLabel.setWordWrap(True)

        self.optionsLayout.addWidget(self.exclusionsLabel)

        self.optionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.optionsLayout.addItem(self.optionsSpacer)


        self.mainLayout.addLayout(self.optionsLayout)

        self.groupsLayout = QVBoxLayout()
        self.groupsLayout.setObjectName(u"groupsLayout")
        self.groupsLabel = QLabel(PriceListDialog)
        self.groupsLabel.setObjectName(u"groupsLabel")

        self.groupsLayout.addWidget(self.groupsLabel)

        self.groupsTree = QTreeWidget(PriceListDialog)
        self.groupsTree.setObjectName(u"groupsTree")
        self.groupsTree.setHeaderHidden(True)

        self.groupsLayout.addWidget(self.groupsTree)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.makeButton = QPushButton(PriceListDialog)
        self.makeButton.setObjectName(u"makeButton")

        self.buttonsLayout.addWidget(self.makeButton)

        self.closeButton = QPushButton(PriceListDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.closeButton)


        self.groupsLayout.addLayout(self.buttonsLayout)


        self.mainLayout.addLayout(self.groupsLayout)

#if QT_CONFIG(shortcut)
        self.entityLabel.setBuddy(self.entityCombo)
        self.warehouseLabel.setBuddy(self.warehouseCombo)
        self.stockLabel.setBuddy(self.stockCombo)
        self.groupsLabel.setBuddy(self.groupsTree)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nomenclatureRadio, self.stockRadio)
        QWidget.setTabOrder(self.stockRadio, self.entityCombo)
        QWidget.setTabOrder(self.entityCombo, self.warehouseCombo)
        QWidget.setTabOrder(self.warehouseCombo, self.stockCombo)
        QWidget.setTabOrder(self.stockCombo, self.codeCheck)
        QWidget.setTabOrder(self.codeCheck, self.pickerCheck)
        QWidget.setTabOrder(self.pickerCheck, self.perPackageCheck)
        QWidget.setTabOrder(self.perPackageCheck, self.groupsTree)
        QWidget.setTabOrder(self.groupsTree, self.makeButton)
        QWidget.setTabOrder(self.makeButton, self.closeButton)

        self.retranslateUi(PriceListDialog)

        self.makeButton.setDefault(True)

    # setupUi

    def retranslateUi(self, PriceListDialog):
        PriceListDialog.setWindowTitle(QCoreApplication.translate("PriceListDialog", u"\u041f\u0440\u0430\u0439\u0441-\u043b\u0438\u0441\u0442", None))
        self.sourceGroup.setTitle(QCoreApplication.translate("PriceListDialog", u"\u041f\u0440\u0438\u043d\u0446\u0438\u043f \u0444\u043e\u0440\u043c\u0438\u0440\u043e\u0432\u0430\u043d\u0438\u044f", None))
        self.nomenclatureRadio.setText(QCoreApplication.translate("PriceListDialog", u"\u041d\u0430 \u043e\u0441\u043d\u043e\u0432\u0435 \u0441\u043f\u0440\u0430\u0432\u043e\u0447\u043d\u0438\u043a\u0430 &\u043d\u043e\u043c\u0435\u043d\u043a\u043b\u0430\u0442\u0443\u0440\u044b", None))
        self.stockRadio.setText(QCoreApplication.translate("PriceListDialog", u"\u041d\u0430 \u043e\u0441\u043d\u043e\u0432\u0435 \u0441\u043a\u043b\u0430\u0434\u0441\u043a\u0438\u0445 &\u043e\u0441\u0442\u0430\u0442\u043a\u043e\u0432 (\u0442\u043e\u043b\u044c\u043a\u043e \u0442\u043e\u0432\u0430\u0440 \u0432 \u043d\u0430\u043b\u0438\u0447\u0438\u0438)", None))
        self.entityLabel.setText(QCoreApplication.translate("PriceListDialog", u"&\u042e\u0440. \u043b\u0438\u0446\u043e \u0432 \u0448\u0430\u043f\u043a\u0435:", None))
        self.warehouseLabel.setText(QCoreApplication.translate("PriceListDialog", u"\u0421&\u043a\u043b\u0430\u0434:", None))
        self.stockLabel.setText(QCoreApplication.translate("PriceListDialog", u"\u041e&\u0441\u0442\u0430\u0442\u043e\u043a:", None))
        self.codeCheck.setText(QCoreApplication.translate("PriceListDialog", u"&\u041a\u043e\u0434 \u0442\u043e\u0432\u0430\u0440\u0430 \u0432\u043c\u0435\u0441\u0442\u043e \u0430\u0440\u0442\u0438\u043a\u0443\u043b\u0430", None))
        self.pickerCheck.setText(QCoreApplication.translate("PriceListDialog", u"&\u041f\u044f\u0442\u044c \u0433\u0440\u0430\u0444 \u0434\u043b\u044f \u043d\u0430\u0431\u043e\u0440\u0449\u0438\u043a\u0430 \u0437\u0430\u043a\u0430\u0437\u0430", None))
        self.perPackageCheck.setText(QCoreApplication.translate("PriceListDialog", u"\u0413\u0440\u0430\u0444\u0430 \u00ab\u041a\u043e\u043b\u0438\u0447\u0435\u0441\u0442\u0432\u043e \u0432 &\u043c\u0435\u0441\u0442\u0435\u00bb", None))
        self.exclusionsLabel.setText(QCoreApplication.translate("PriceListDialog", u"\u0418\u0441\u043a\u043b\u044e\u0447\u0435\u043d\u0438\u044f: \u043f\u043e\u0437\u0438\u0446\u0438\u0438 \u0441 \u0444\u043b\u0430\u0436\u043a\u043e\u043c \u00ab\u041d\u0435 \u0432\u043a\u043b\u044e\u0447\u0430\u0442\u044c \u0432 \u043f\u0440\u0430\u0439\u0441-\u043b\u0438\u0441\u0442\u00bb \u0432 \u043a\u0430\u0440\u0442\u043e\u0447\u043a\u0435 \u043d\u043e\u043c\u0435\u043d\u043a\u043b\u0430\u0442\u0443\u0440\u044b \u0432 \u043f\u0440\u0430\u0439\u0441-\u043b\u0438\u0441\u0442 \u043d\u0435 \u043f\u043e\u043f\u0430\u0434\u0430\u044e\u0442. \u041f\u043e\u0440\u044f\u0434\u043e\u043a \u0440\u0430\u0437\u0434\u0435\u043b\u043e\u0432 \u2014 \u00ab\u041f\u043e\u0440\u044f\u0434\u043e\u043a \u0441\u043b\u0435\u0434\u043e\u0432\u0430\u043d\u0438\u044f \u0432 \u043f\u0440\u0430\u0439\u0441-\u043b\u0438\u0441\u0442\u0435\u00bb \u0433\u0440\u0443\u043f\u043f.", None))
        self.groupsLabel.setText(QCoreApplication.translate("PriceListDialog", u"&\u0413\u0440\u0443\u043f\u043f\u044b \u0442\u043e\u0432\u0430\u0440\u0430 (\u0431\u0435\u0437 \u043e\u0442\u043c\u0435\u0442\u043e\u043a \u2014 \u0432\u0441\u0435):", None))
        ___qtreewidgetitem = self.groupsTree.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("PriceListDialog", u"\u0413\u0440\u0443\u043f\u043f\u0430", None))
        self.makeButton.setText(QCoreApplication.translate("PriceListDialog", u"&\u0421\u0444\u043e\u0440\u043c\u0438\u0440\u043e\u0432\u0430\u0442\u044c \u043f\u0440\u0430\u0439\u0441-\u043b\u0438\u0441\u0442\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("PriceListDialog", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c", None))
    # retranslateUi

