# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'todo_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QLabel, QListView, QSizePolicy, QSpacerItem,
    QToolButton, QVBoxLayout, QWidget)

class Ui_TodoPanel(object):
    def setupUi(self, TodoPanel):
        if not TodoPanel.objectName():
            TodoPanel.setObjectName(u"TodoPanel")
        TodoPanel.resize(300, 400)
        self.mainLayout = QVBoxLayout(TodoPanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(2, 2, 2, 2)
        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.addButton = QToolButton(TodoPanel)
        self.addButton.setObjectName(u"addButton")

        self.toolLayout.addWidget(self.addButton)

        self.editButton = QToolButton(TodoPanel)
        self.editButton.setObjectName(u"editButton")

        self.toolLayout.addWidget(self.editButton)

        self.completeButton = QToolButton(TodoPanel)
        self.completeButton.setObjectName(u"completeButton")

        self.toolLayout.addWidget(self.completeButton)

        self.deleteButton = QToolButton(TodoPanel)
        self.deleteButton.setObjectName(u"deleteButton")

        self.toolLayout.addWidget(self.deleteButton)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.menuButton = QToolButton(TodoPanel)
        self.menuButton.setObjectName(u"menuButton")
        self.menuButton.setPopupMode(QToolButton.InstantPopup)

        self.toolLayout.addWidget(self.menuButton)


        self.mainLayout.addLayout(self.toolLayout)

        self.orderCombo = QComboBox(TodoPanel)
        self.orderCombo.setObjectName(u"orderCombo")
        self.orderCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.orderCombo.setMinimumContentsLength(12)

        self.mainLayout.addWidget(self.orderCombo)

        self.list = QListView(TodoPanel)
        self.list.setObjectName(u"list")
        self.list.setSelectionMode(QAbstractItemView.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.list.setUniformItemSizes(True)

        self.mainLayout.addWidget(self.list)

        self.emptyLabel = QLabel(TodoPanel)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.emptyLabel)


        self.retranslateUi(TodoPanel)
    # setupUi

    def retranslateUi(self, TodoPanel):
        self.addButton.setText(QCoreApplication.translate("TodoPanel", u"+", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("TodoPanel", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u0434\u0435\u043b\u043e (Ins)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("TodoPanel", u"\u270e", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("TodoPanel", u"\u0418\u0437\u043c\u0435\u043d\u0438\u0442\u044c \u0442\u0435\u043a\u0441\u0442 \u0438 \u0432\u0430\u0436\u043d\u043e\u0441\u0442\u044c \u0434\u0435\u043b\u0430 (Enter, \u0434\u0432\u043e\u0439\u043d\u043e\u0439 \u0449\u0435\u043b\u0447\u043e\u043a)", None))
#endif // QT_CONFIG(tooltip)
        self.completeButton.setText(QCoreApplication.translate("TodoPanel", u"\u2713", None))
#if QT_CONFIG(tooltip)
        self.completeButton.setToolTip(QCoreApplication.translate("TodoPanel", u"\u0417\u0430\u0432\u0435\u0440\u0448\u0438\u0442\u044c \u0434\u0435\u043b\u043e: \u043e\u043d\u043e \u0443\u0439\u0434\u0451\u0442 \u0432 \u0430\u0440\u0445\u0438\u0432, \u0432\u0440\u0435\u043c\u044f \u0437\u0430\u0432\u0435\u0440\u0448\u0435\u043d\u0438\u044f \u0437\u0430\u043f\u043e\u043c\u043d\u0438\u0442\u0441\u044f (\u041f\u0440\u043e\u0431\u0435\u043b)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("TodoPanel", u"\u2715", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("TodoPanel", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c \u0434\u0435\u043b\u043e (Del)", None))
#endif // QT_CONFIG(tooltip)
        self.menuButton.setText(QCoreApplication.translate("TodoPanel", u"\u2630", None))
#if QT_CONFIG(tooltip)
        self.menuButton.setToolTip(QCoreApplication.translate("TodoPanel", u"\u0410\u0440\u0445\u0438\u0432, \u043a\u043e\u043d\u0435\u0446 \u0440\u0430\u0431\u043e\u0447\u0435\u0433\u043e \u0434\u043d\u044f, \u043e\u0442\u043a\u0440\u044b\u0442\u0438\u0435 \u043f\u0440\u0438 \u0432\u0445\u043e\u0434\u0435", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.orderCombo.setToolTip(QCoreApplication.translate("TodoPanel", u"\u041a\u0430\u043a \u0443\u043f\u043e\u0440\u044f\u0434\u043e\u0447\u0438\u0442\u044c \u0434\u0435\u043b\u0430: \u0432\u0430\u0436\u043d\u044b\u0435 \u043f\u0435\u0440\u0432\u044b\u043c\u0438 \u0438\u043b\u0438 \u0432 \u043f\u043e\u0440\u044f\u0434\u043a\u0435, \u0437\u0430\u0434\u0430\u043d\u043d\u043e\u043c \u043f\u0435\u0440\u0435\u0442\u0430\u0441\u043a\u0438\u0432\u0430\u043d\u0438\u0435\u043c", None))
#endif // QT_CONFIG(tooltip)
        self.emptyLabel.setText(QCoreApplication.translate("TodoPanel", u"\u0414\u0435\u043b \u043d\u0435\u0442. \u041d\u0430\u0436\u043c\u0438\u0442\u0435 \u00ab+\u00bb \u0438\u043b\u0438 Ins, \u0447\u0442\u043e\u0431\u044b \u0434\u043e\u0431\u0430\u0432\u0438\u0442\u044c.", None))
        self.emptyLabel.setStyleSheet(QCoreApplication.translate("TodoPanel", u"color: #777;", None))
        pass
    # retranslateUi

