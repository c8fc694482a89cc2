extension CategoryRepository: CategoryStore {}
