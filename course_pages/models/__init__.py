"""The page types, one module per page family; import them from here."""

# The site settings (course_pages/site_settings.py) are imported here for Django to find them.
from ..site_settings import ContactDetails, SiteSettings, SocialLink
from .base import BodyPage
from .chime import ChimeElementPage, ChimeOverviewPage
from .conversation_tool import ConversationSet, ConversationToolPage
from .courses import CourseFormat, CourseIndexPage, CoursePage, LessonPage
from .guides import GuideIndexPage, GuidePage
from .home import HomePage
from .news import NewsIndexPage, NewsPage, NewsPageTag
from .people import Organisation, Person
from .projects import (
    PartnerKind,
    ProjectIndexPage,
    ProjectMember,
    ProjectPage,
    ProjectPartner,
    ProjectRelatedCourse,
    ProjectStatus,
)
from .search import SearchPage
from .standard import StandardPage

__all__ = [
    "BodyPage",
    "ChimeElementPage",
    "ChimeOverviewPage",
    "ContactDetails",
    "ConversationSet",
    "ConversationToolPage",
    "CourseFormat",
    "CourseIndexPage",
    "CoursePage",
    "GuideIndexPage",
    "GuidePage",
    "HomePage",
    "LessonPage",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "Organisation",
    "PartnerKind",
    "Person",
    "ProjectIndexPage",
    "ProjectMember",
    "ProjectPage",
    "ProjectPartner",
    "ProjectRelatedCourse",
    "ProjectStatus",
    "SearchPage",
    "SiteSettings",
    "SocialLink",
    "StandardPage",
]
