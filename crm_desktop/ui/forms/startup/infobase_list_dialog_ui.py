# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'infobase_list_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_InfoBaseListDialog(object):
    def setupUi(self, InfoBaseListDialog):
        if not InfoBaseListDialog.objectName():
            InfoBaseListDialog.setObjectName(u"InfoBaseListDialog")
        InfoBaseListDialog.resize(680, 360)
        self.mainLayout = QHBoxLayout(InfoBaseListDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.listLayout = QVBoxLayout()
        self.listLayout.setObjectName(u"listLayout")
        self.emptyLabel = QLabel(InfoBaseListDialog)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.listLayout.addWidget(self.emptyLabel)

        self.baseList = QTreeWidget(InfoBaseListDialog)
        self.baseList.setObjectName(u"baseList")
        self.baseList.setRootIsDecorated(False)
        self.baseList.setUniformRowHeights(True)
        self.baseList.setAllColumnsShowFocus(True)

        self.listLayout.addWidget(self.baseList)


        self.mainLayout.addLayout(self.listLayout)

        self.buttonLayout = QVBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.launchButton = QPushButton(InfoBaseListDialog)
        self.launchButton.setObjectName(u"launchButton")

        self.buttonLayout.addWidget(self.launchButton)

        self.addButton = QPushButton(InfoBaseListDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)

        self.editButton = QPushButton(InfoBaseListDialog)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.removeButton = QPushButton(InfoBaseListDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonLayout.addWidget(self.removeButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(InfoBaseListDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(InfoBaseListDialog)

        self.launchButton.setDefault(True)

    # setupUi

    def retranslateUi(self, InfoBaseListDialog):
        InfoBaseListDialog.setWindowTitle(QCoreApplication.translate("InfoBaseListDialog", u"\u0412\u044b\u0431\u043e\u0440 \u0438\u043d\u0444\u043e\u0440\u043c\u0430\u0446\u0438\u043e\u043d\u043d\u043e\u0439 \u0431\u0430\u0437\u044b", None))
        self.emptyLabel.setText(QCoreApplication.translate("InfoBaseListDialog", u"\u0412 \u0441\u0438\u0441\u0442\u0435\u043c\u0435 \u043d\u0435 \u043d\u0430\u0441\u0442\u0440\u043e\u0435\u043d\u043e \u0438\u043d\u0444\u043e\u0440\u043c\u0430\u0446\u0438\u043e\u043d\u043d\u044b\u0445 \u0431\u0430\u0437. \u041d\u0430\u0436\u043c\u0438\u0442\u0435 \u00ab\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c\u00bb, \u0447\u0442\u043e\u0431\u044b \u0443\u043a\u0430\u0437\u0430\u0442\u044c \u0441\u0435\u0440\u0432\u0435\u0440 \u0438 \u043f\u0443\u0442\u044c \u043a \u0431\u0430\u0437\u0435 \u0434\u0430\u043d\u043d\u044b\u0445.", None))
        ___qtreewidgetitem = self.baseList.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("InfoBaseListDialog", u"\u041f\u0443\u0442\u044c \u043a \u0431\u0430\u0437\u0435", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("InfoBaseListDialog", u"\u0421\u0435\u0440\u0432\u0435\u0440", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("InfoBaseListDialog", u"\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435", None))
        self.launchButton.setText(QCoreApplication.translate("InfoBaseListDialog", u"\u0417\u0430\u043f\u0443\u0441\u043a", None))
        self.addButton.setText(QCoreApplication.translate("InfoBaseListDialog", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("InfoBaseListDialog", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u0438\u043d\u0444\u043e\u0440\u043c\u0430\u0446\u0438\u043e\u043d\u043d\u0443\u044e \u0431\u0430\u0437\u0443 (Ins)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("InfoBaseListDialog", u"\u0418\u0437\u043c\u0435\u043d\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("InfoBaseListDialog", u"\u0418\u0437\u043c\u0435\u043d\u0438\u0442\u044c \u043f\u0430\u0440\u0430\u043c\u0435\u0442\u0440\u044b \u043f\u043e\u0434\u043a\u043b\u044e\u0447\u0435\u043d\u0438\u044f (F2)", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("InfoBaseListDialog", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("InfoBaseListDialog", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c \u0438\u043d\u0444\u043e\u0440\u043c\u0430\u0446\u0438\u043e\u043d\u043d\u0443\u044e \u0431\u0430\u0437\u0443 \u0438\u0437 \u0441\u043f\u0438\u0441\u043a\u0430 (Del)", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("InfoBaseListDialog", u"\u041e\u0442\u043c\u0435\u043d\u0430", None))
    # retranslateUi

