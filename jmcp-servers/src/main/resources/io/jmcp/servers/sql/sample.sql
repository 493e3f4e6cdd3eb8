-- The sample database of `jmcp server sql` (no URL given): a small bookshop, created at every
-- start in a fresh H2 database, then opened read-only. Statements end with a semicolon at the end
-- of a line.

CREATE TABLE authors (
  id INTEGER PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  born INTEGER,
  country VARCHAR(50)
);

CREATE TABLE books (
  id INTEGER PRIMARY KEY,
  title VARCHAR(200) NOT NULL,
  author_id INTEGER NOT NULL REFERENCES authors (id),
  published INTEGER,
  genre VARCHAR(50),
  price NUMERIC(6, 2) NOT NULL,
  in_stock INTEGER NOT NULL
);

CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  email VARCHAR(200) NOT NULL UNIQUE,
  city VARCHAR(100),
  joined DATE NOT NULL
);

CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers (id),
  ordered_at TIMESTAMP NOT NULL,
  status VARCHAR(20) NOT NULL
);

CREATE TABLE order_items (
  order_id INTEGER NOT NULL REFERENCES orders (id),
  book_id INTEGER NOT NULL REFERENCES books (id),
  quantity INTEGER NOT NULL,
  unit_price NUMERIC(6, 2) NOT NULL,
  PRIMARY KEY (order_id, book_id)
);

INSERT INTO authors VALUES
  (1, 'Jane Austen', 1775, 'England'),
  (2, 'Herman Melville', 1819, 'United States'),
  (3, 'Mary Shelley', 1797, 'England'),
  (4, 'Leo Tolstoy', 1828, 'Russia'),
  (5, 'Jules Verne', 1828, 'France'),
  (6, 'Machado de Assis', 1839, 'Brazil');

INSERT INTO books VALUES
  (1, 'Pride and Prejudice', 1, 1813, 'novel', 9.99, 12),
  (2, 'Emma', 1, 1815, 'novel', 8.50, 4),
  (3, 'Persuasion', 1, 1817, 'novel', 7.25, 0),
  (4, 'Moby-Dick', 2, 1851, 'adventure', 12.00, 7),
  (5, 'Bartleby, the Scrivener', 2, 1853, 'short story', 4.99, 15),
  (6, 'Frankenstein', 3, 1818, 'science fiction', 6.75, 9),
  (7, 'War and Peace', 4, 1869, 'novel', 15.40, 3),
  (8, 'Anna Karenina', 4, 1878, 'novel', 11.20, 5),
  (9, 'Twenty Thousand Leagues Under the Seas', 5, 1870, 'science fiction', 8.90, 6),
  (10, 'Around the World in Eighty Days', 5, 1872, 'adventure', 7.80, 11),
  (11, 'Dom Casmurro', 6, 1899, 'novel', 9.10, 2);

INSERT INTO customers VALUES
  (1, 'Ada Lovelace', 'ada@example.org', 'London', DATE '2023-01-15'),
  (2, 'Alan Turing', 'alan@example.org', 'Manchester', DATE '2023-03-02'),
  (3, 'Grace Hopper', 'grace@example.org', 'New York', DATE '2023-06-21'),
  (4, 'Linus Torvalds', 'linus@example.org', 'Portland', DATE '2024-02-10'),
  (5, 'Margaret Hamilton', 'margaret@example.org', 'Boston', DATE '2024-07-04');

INSERT INTO orders VALUES
  (1, 1, TIMESTAMP '2024-01-03 10:15:00', 'delivered'),
  (2, 2, TIMESTAMP '2024-01-20 16:40:00', 'delivered'),
  (3, 1, TIMESTAMP '2024-03-11 09:05:00', 'delivered'),
  (4, 3, TIMESTAMP '2024-05-30 18:22:00', 'shipped'),
  (5, 4, TIMESTAMP '2024-08-14 12:00:00', 'cancelled'),
  (6, 5, TIMESTAMP '2024-09-01 08:30:00', 'shipped'),
  (7, 3, TIMESTAMP '2024-10-19 21:47:00', 'pending');

INSERT INTO order_items VALUES
  (1, 1, 1, 9.99),
  (1, 6, 2, 6.75),
  (2, 4, 1, 12.00),
  (2, 9, 1, 8.90),
  (3, 2, 1, 8.50),
  (3, 3, 1, 7.25),
  (4, 7, 1, 15.40),
  (4, 8, 1, 11.20),
  (4, 11, 1, 9.10),
  (5, 5, 3, 4.99),
  (6, 10, 2, 7.80),
  (6, 6, 1, 6.75),
  (7, 1, 1, 9.99),
  (7, 4, 1, 12.00);

CREATE VIEW book_sales AS
  SELECT b.id AS book_id, b.title, a.name AS author,
         COALESCE(SUM(s.quantity), 0) AS copies_sold,
         COALESCE(SUM(s.quantity * s.unit_price), 0) AS revenue
  FROM books b
  JOIN authors a ON a.id = b.author_id
  LEFT JOIN (SELECT i.book_id, i.quantity, i.unit_price
             FROM order_items i JOIN orders o ON o.id = i.order_id
             WHERE o.status <> 'cancelled') s ON s.book_id = b.id
  GROUP BY b.id, b.title, a.name;
