"""« Poser une question » on ``jeunes-pros``: mailed to the Jeunes-Pros group's coordinators."""
